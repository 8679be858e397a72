package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a stage instance. Never instantiated. */
public final class StageMarker {
  private StageMarker() {}
}
