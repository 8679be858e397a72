package dev.gloam.model.gateway.event;

/**
 * Discord asks the client to reconnect and resume (opcode 7). Maps Discord's "Reconnect" event
 * (events/gateway-events).
 */
public record Reconnect() implements Event {
  @Override
  public EventType kind() {
    return EventType.GATEWAY_RECONNECT;
  }
}
