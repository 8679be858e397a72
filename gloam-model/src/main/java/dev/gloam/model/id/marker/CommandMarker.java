package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an application command. Never instantiated. */
public final class CommandMarker {
  private CommandMarker() {}
}
