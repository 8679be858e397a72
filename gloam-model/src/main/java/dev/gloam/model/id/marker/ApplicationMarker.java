package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming an application. Never instantiated. */
public final class ApplicationMarker {
  private ApplicationMarker() {}
}
