package dev.gloam.model.gateway.event;

/**
 * Discord received a heartbeat (opcode 11). Maps Discord's "Heartbeat ACK" (events/gateway). A
 * heartbeat without an acknowledgement before the next one means the connection is a zombie.
 */
public record HeartbeatAck() implements Event {
  @Override
  public EventType kind() {
    return EventType.GATEWAY_HEARTBEAT_ACK;
  }
}
