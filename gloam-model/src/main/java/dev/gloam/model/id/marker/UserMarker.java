package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a user. Never instantiated. */
public final class UserMarker {
  private UserMarker() {}
}
