package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an entitlement. Never instantiated. */
public final class EntitlementMarker {
  private EntitlementMarker() {}
}
