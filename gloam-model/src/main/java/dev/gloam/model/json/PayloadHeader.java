package dev.gloam.model.json;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The envelope of a gateway payload, read without parsing its {@code d}: enough to decide whether
 * the payload is wanted. Maps the "Gateway Payload Structure" (events/gateway).
 *
 * @param opcode the payload's opcode ({@code op})
 * @param sequence the dispatch's sequence number ({@code s}), empty for other payloads
 * @param dispatchName the dispatch's name ({@code t}), empty for other payloads
 * @param dataStart where {@code d}'s JSON starts in the payload, or -1 if it is absent
 * @param dataEnd where {@code d}'s JSON ends (exclusive), or -1 if it is absent
 */
public record PayloadHeader(
    OpCode opcode,
    OptionalLong sequence,
    Optional<String> dispatchName,
    int dataStart,
    int dataEnd) {

  /**
   * Returns the kind of event this payload carries.
   *
   * @return the event type, or empty for an opcode a client never receives
   */
  public Optional<EventType> eventType() {
    return eventType(opcode, dispatchName);
  }

  /**
   * Tells whether this payload's event type is one of {@code wanted}; payloads of no or an unknown
   * type never are.
   *
   * @param wanted the event types a program asked for
   * @return {@code true} if the payload should be deserialized
   */
  public boolean isWanted(EventTypeFlags wanted) {
    return eventType().filter(wanted::contains).isPresent();
  }

  static Optional<EventType> eventType(OpCode opcode, Optional<String> dispatchName) {
    if (opcode.equals(OpCode.DISPATCH)) {
      return dispatchName.map(EventType::ofDispatch);
    } else if (opcode.equals(OpCode.HELLO)) {
      return Optional.of(EventType.GATEWAY_HELLO);
    } else if (opcode.equals(OpCode.HEARTBEAT_ACK)) {
      return Optional.of(EventType.GATEWAY_HEARTBEAT_ACK);
    } else if (opcode.equals(OpCode.HEARTBEAT)) {
      return Optional.of(EventType.GATEWAY_HEARTBEAT);
    } else if (opcode.equals(OpCode.RECONNECT)) {
      return Optional.of(EventType.GATEWAY_RECONNECT);
    } else if (opcode.equals(OpCode.INVALID_SESSION)) {
      return Optional.of(EventType.GATEWAY_INVALID_SESSION);
    }
    return Optional.empty();
  }
}
