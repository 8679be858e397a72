package dev.gloam.model.gateway.event;

/**
 * The first payload on every connection (opcode 10). Maps Discord's "Hello" event
 * (events/gateway-events).
 *
 * @param heartbeatInterval milliseconds between heartbeats
 */
public record Hello(long heartbeatInterval) implements Event {
  @Override
  public EventType kind() {
    return EventType.GATEWAY_HELLO;
  }
}
