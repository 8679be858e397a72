package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.Channel;

/**
 * A channel was updated; not sent for {@code last_message_id} changes. Maps Discord's "Channel
 * Update" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param channel the channel as it is now
 */
public record ChannelUpdate(@JsonValue Channel channel) implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param channel the channel as it is now
   * @return the event
   */
  @JsonCreator
  public static ChannelUpdate of(Channel channel) {
    return new ChannelUpdate(channel);
  }

  @Override
  public EventType kind() {
    return EventType.CHANNEL_UPDATE;
  }
}
