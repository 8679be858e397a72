package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a custom emoji. Never instantiated. */
public final class EmojiMarker {
  private EmojiMarker() {}
}
