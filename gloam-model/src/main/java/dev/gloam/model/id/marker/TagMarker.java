package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming a forum or media channel tag. Never
 * instantiated.
 */
public final class TagMarker {
  private TagMarker() {}
}
