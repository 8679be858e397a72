package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming a version of an application command. Never
 * instantiated.
 */
public final class CommandVersionMarker {
  private CommandVersionMarker() {}
}
