package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming an attachment of a message. Never instantiated.
 */
public final class AttachmentMarker {
  private AttachmentMarker() {}
}
