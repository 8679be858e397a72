package dev.gloam.model.gateway.event;

/**
 * A resume succeeded and every missed event has been replayed. Maps Discord's "Resumed" event
 * (events/gateway-events).
 */
public record Resumed() implements Event {
  @Override
  public EventType kind() {
    return EventType.RESUMED;
  }
}
