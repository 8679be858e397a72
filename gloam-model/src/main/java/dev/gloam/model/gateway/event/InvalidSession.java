package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The session cannot go on (opcode 9). Maps Discord's "Invalid Session" event
 * (events/gateway-events), whose {@code d} is a bare boolean.
 *
 * @param resumable whether the session may be resumed; if not, the client must identify again
 */
public record InvalidSession(@JsonValue boolean resumable) implements Event {
  /**
   * Reads the bare boolean Discord sends as {@code d}.
   *
   * @param resumable the payload's {@code d}
   * @return the event
   */
  @JsonCreator
  public static InvalidSession of(boolean resumable) {
    return new InvalidSession(resumable);
  }

  @Override
  public EventType kind() {
    return EventType.GATEWAY_INVALID_SESSION;
  }
}
