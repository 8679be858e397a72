package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an interaction. Never instantiated. */
public final class InteractionMarker {
  private InteractionMarker() {}
}
