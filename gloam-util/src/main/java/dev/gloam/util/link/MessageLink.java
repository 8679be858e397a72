package dev.gloam.util.link;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Objects;
import java.util.Optional;

/**
 * A link that opens a message: {@code
 * https://discord.com/channels/{guild_id}/{channel_id}/{message_id}}, or with {@code @me} in place
 * of the guild id for a message in a direct message channel. See {@link JumpLink} for the accepted
 * forms.
 *
 * <pre>{@code
 * MessageLink link = MessageLink.parse(text);
 * Message quoted = http.message(link.channelId(), link.messageId()).send().model();
 * }</pre>
 *
 * @param guildId the message's guild, or empty for a direct message ({@code @me})
 * @param channelId the message's channel or thread
 * @param messageId the message
 */
public record MessageLink(
    Optional<Id<GuildMarker>> guildId, Id<ChannelMarker> channelId, Id<MessageMarker> messageId)
    implements JumpLink {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public MessageLink {
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(messageId, "messageId");
  }

  /**
   * Returns the link to a message in a guild.
   *
   * @param guildId the guild
   * @param channelId the channel or thread
   * @param messageId the message
   * @return the link
   */
  public static MessageLink of(
      Id<GuildMarker> guildId, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new MessageLink(Optional.of(guildId), channelId, messageId);
  }

  /**
   * Returns the link to a message in a direct message channel ({@code @me}).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the link
   */
  public static MessageLink direct(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new MessageLink(Optional.empty(), channelId, messageId);
  }

  /**
   * Reads a message link.
   *
   * @param url the link
   * @return the message, its channel and its guild
   * @throws LinkException if the text is not a message link (a guild or channel link included)
   */
  public static MessageLink parse(String url) {
    if (JumpLink.parse(url) instanceof MessageLink link) {
      return link;
    }
    throw new LinkException(
        Kind.PATH,
        "a message link's path is /channels/{guild_id or @me}/{channel_id}/{message_id}");
  }

  /**
   * Tells whether the message is in a direct message channel, written {@code @me} in the link.
   *
   * @return {@code true} when there is no guild
   */
  public boolean isDirect() {
    return guildId.isEmpty();
  }

  /**
   * Returns the link to the message's channel.
   *
   * @return the channel link
   */
  public ChannelLink channel() {
    return new ChannelLink(guildId, channelId);
  }

  @Override
  public String toUrl() {
    return DiscordUrl.jumpLink(guildId)
        .append('/')
        .append(channelId)
        .append('/')
        .append(messageId)
        .toString();
  }
}
