package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a role. Never instantiated. */
public final class RoleMarker {
  private RoleMarker() {}
}
