package dev.gloam.model.gateway.event;

/**
 * Discord asks for a heartbeat right away (opcode 1 sent by Discord). Maps the "Heartbeat" row of
 * Discord's gateway opcodes (topics/opcodes-and-status-codes).
 */
public record HeartbeatRequest() implements Event {
  @Override
  public EventType kind() {
    return EventType.GATEWAY_HEARTBEAT;
  }
}
