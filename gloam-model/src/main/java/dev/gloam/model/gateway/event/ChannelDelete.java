package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.Channel;

/**
 * A channel was deleted. Maps Discord's "Channel Delete" event (events/gateway-events), whose
 * {@code d} is the object itself.
 *
 * @param channel the deleted channel
 */
public record ChannelDelete(@JsonValue Channel channel) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param channel the deleted channel
   * @return the event
   */
  @JsonCreator
  public static ChannelDelete of(Channel channel) {
    return new ChannelDelete(channel);
  }

  @Override
  public EventType kind() {
    return EventType.CHANNEL_DELETE;
  }
}
