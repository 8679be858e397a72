package dev.gloam.util.link;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Objects;
import java.util.Optional;

/**
 * A link that opens a channel or thread: {@code
 * https://discord.com/channels/{guild_id}/{channel_id}}, or {@code .../channels/@me/{channel_id}}
 * for a direct message channel. See {@link JumpLink} for the accepted forms.
 *
 * <pre>{@code
 * ChannelLink link = ChannelLink.of(guildId, channelId);
 * String url = link.toUrl();    // https://discord.com/channels/613425648685547541/697138785317814292
 * }</pre>
 *
 * @param guildId the channel's guild, or empty for a direct message channel ({@code @me})
 * @param channelId the channel
 */
public record ChannelLink(Optional<Id<GuildMarker>> guildId, Id<ChannelMarker> channelId)
    implements JumpLink {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public ChannelLink {
    Objects.requireNonNull(guildId, "guildId");
    Objects.requireNonNull(channelId, "channelId");
  }

  /**
   * Returns the link to a guild's channel.
   *
   * @param guildId the guild
   * @param channelId the channel
   * @return the link
   */
  public static ChannelLink of(Id<GuildMarker> guildId, Id<ChannelMarker> channelId) {
    return new ChannelLink(Optional.of(guildId), channelId);
  }

  /**
   * Returns the link to a direct message channel ({@code @me}).
   *
   * @param channelId the channel
   * @return the link
   */
  public static ChannelLink direct(Id<ChannelMarker> channelId) {
    return new ChannelLink(Optional.empty(), channelId);
  }

  /**
   * Reads a channel link.
   *
   * @param url the link
   * @return the channel and its guild
   * @throws LinkException if the text is not a channel link (a guild or message link included)
   */
  public static ChannelLink parse(String url) {
    if (JumpLink.parse(url) instanceof ChannelLink link) {
      return link;
    }
    throw new LinkException(
        Kind.PATH, "a channel link's path is /channels/{guild_id or @me}/{channel_id}");
  }

  /**
   * Tells whether the channel is a direct message channel, written {@code @me} in the link.
   *
   * @return {@code true} when there is no guild
   */
  public boolean isDirect() {
    return guildId.isEmpty();
  }

  @Override
  public String toUrl() {
    return DiscordUrl.jumpLink(guildId).append('/').append(channelId).toString();
  }
}
