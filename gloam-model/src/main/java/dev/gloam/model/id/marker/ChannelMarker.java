package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a channel. Never instantiated. */
public final class ChannelMarker {
  private ChannelMarker() {}
}
