package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.message.Message;

/**
 * A message was edited; the payload is the whole message. Maps Discord's "Message Update" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param message the message as it is now
 */
public record MessageUpdate(@JsonValue Message message) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param message the message as it is now
   * @return the event
   */
  @JsonCreator
  public static MessageUpdate of(Message message) {
    return new MessageUpdate(message);
  }

  @Override
  public EventType kind() {
    return EventType.MESSAGE_UPDATE;
  }
}
