package dev.gloam.model.gateway.command;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.gateway.OpCode;

/**
 * Keeps the connection alive and tells Discord the last sequence number received. Maps Discord's
 * "Heartbeat" send event (events/gateway-events); {@code d} is the sequence, or {@code null} before
 * the first dispatch.
 *
 * @param lastSequence the last sequence number received, or {@code null} if none
 */
public record Heartbeat(@JsonValue Long lastSequence) implements GatewayCommand {
  @Override
  public OpCode opcode() {
    return OpCode.HEARTBEAT;
  }
}
