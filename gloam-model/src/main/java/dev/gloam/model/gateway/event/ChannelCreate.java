package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.Channel;

/**
 * A guild channel was created. Maps Discord's "Channel Create" event (events/gateway-events), whose
 * {@code d} is the object itself.
 *
 * @param channel the new channel
 */
public record ChannelCreate(@JsonValue Channel channel) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param channel the new channel
   * @return the event
   */
  @JsonCreator
  public static ChannelCreate of(Channel channel) {
    return new ChannelCreate(channel);
  }

  @Override
  public EventType kind() {
    return EventType.CHANNEL_CREATE;
  }
}
