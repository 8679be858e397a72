package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a guild. Never instantiated. */
public final class GuildMarker {
  private GuildMarker() {}
}
