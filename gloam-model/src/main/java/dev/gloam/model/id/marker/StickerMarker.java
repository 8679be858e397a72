package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a sticker. Never instantiated. */
public final class StickerMarker {
  private StickerMarker() {}
}
