package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming a resource whose kind depends on context, such
 * as an audit log target or a mentionable. Never instantiated.
 */
public final class GenericMarker {
  private GenericMarker() {}
}
