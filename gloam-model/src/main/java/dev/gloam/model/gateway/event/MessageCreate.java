package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * A message was sent in a channel the bot can see. Maps Discord's "Message Create" event
 * (events/gateway-events), whose {@code d} is a message with {@code guild_id} and {@code member}.
 *
 * <p>The accessors for the fields a handler needs most delegate to {@link #message()}.
 *
 * @param message the message
 */
public record MessageCreate(@JsonValue Message message) implements Event {
  /**
   * Wraps the message Discord sends as {@code d}.
   *
   * @param message the message
   * @return the event
   */
  @JsonCreator
  public static MessageCreate of(Message message) {
    return new MessageCreate(message);
  }

  /**
   * Returns the message's text (empty without the {@code MESSAGE_CONTENT} intent, unless the
   * message mentions the bot).
   *
   * @return the content
   */
  public String content() {
    return message.content();
  }

  /**
   * Returns the channel the message was sent in.
   *
   * @return the channel id
   */
  public Id<ChannelMarker> channelId() {
    return message.channelId();
  }

  /**
   * Returns the guild the message was sent in, if it was sent in one.
   *
   * @return the guild id, or empty for direct messages
   */
  public Optional<Id<GuildMarker>> guildId() {
    return message.guildId();
  }

  /**
   * Returns the message's author.
   *
   * @return the author
   */
  public User author() {
    return message.author();
  }

  @Override
  public EventType kind() {
    return EventType.MESSAGE_CREATE;
  }
}
