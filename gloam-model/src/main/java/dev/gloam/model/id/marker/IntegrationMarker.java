package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a guild integration. Never instantiated. */
public final class IntegrationMarker {
  private IntegrationMarker() {}
}
