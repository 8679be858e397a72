package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a SKU. Never instantiated. */
public final class SkuMarker {
  private SkuMarker() {}
}
