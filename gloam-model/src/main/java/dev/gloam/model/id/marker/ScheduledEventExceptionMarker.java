package dev.gloam.model.id.marker;

/**
 * Marks an {@link dev.gloam.model.id.Id} as naming an exception to a recurring guild scheduled
 * event: one changed or canceled occurrence. Never instantiated.
 */
public final class ScheduledEventExceptionMarker {
  private ScheduledEventExceptionMarker() {}
}
