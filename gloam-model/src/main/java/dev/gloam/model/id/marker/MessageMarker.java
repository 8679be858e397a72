package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a message. Never instantiated. */
public final class MessageMarker {
  private MessageMarker() {}
}
