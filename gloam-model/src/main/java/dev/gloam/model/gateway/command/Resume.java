package dev.gloam.model.gateway.command;

import dev.gloam.model.gateway.OpCode;
import java.util.Objects;

/**
 * Resumes a session after a disconnect, so that Discord replays the events that were missed. Maps
 * Discord's "Resume" send event (events/gateway-events). The token is never shown by {@link
 * #toString()}.
 *
 * @param token the bot token, without the {@code Bot } prefix
 * @param sessionId the session to resume, from {@code READY}
 * @param seq the last sequence number received
 */
public record Resume(String token, String sessionId, long seq) implements GatewayCommand {
  /** Checks that token and session are present. */
  public Resume {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(sessionId, "sessionId");
  }

  @Override
  public OpCode opcode() {
    return OpCode.RESUME;
  }

  /** Describes the payload with the token redacted. */
  @Override
  public String toString() {
    return "Resume[token=<redacted>, sessionId=" + sessionId + ", seq=" + seq + "]";
  }
}
