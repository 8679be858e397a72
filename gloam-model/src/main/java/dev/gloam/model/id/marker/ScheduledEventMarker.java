package dev.gloam.model.id.marker;

/** Marks an {@link dev.gloam.model.id.Id} as naming a guild scheduled event. Never instantiated. */
public final class ScheduledEventMarker {
  private ScheduledEventMarker() {}
}
