package dev.gloam.util.link;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Optional;

/**
 * A link that opens a guild, a channel or a message in Discord's client: {@code
 * https://discord.com/channels/{guild_id}}, {@code .../channels/{guild_id}/{channel_id}} and {@code
 * .../channels/{guild_id}/{channel_id}/{message_id}}, where {@code @me} in place of the guild id
 * means a direct message channel. This is the "Copy Link" format of Discord's client; the API docs
 * do not describe it, and use it only as links (in their change log).
 *
 * <p>Accepted: {@code https://} on {@code discord.com} or {@code discordapp.com}, optionally with
 * {@code canary.} or {@code ptb.}, an optional trailing slash, and any query or fragment (ignored).
 * Refused, with a {@link LinkException}: plain {@code http}, other hosts, ports, other or extra
 * path segments, {@code @me} without a channel, and ids that are not canonical non-zero 64-bit
 * decimals. Links are always written with {@code https://discord.com}.
 *
 * <pre>{@code
 * switch (JumpLink.parse(text)) {
 *   case MessageLink m -> http.message(m.channelId(), m.messageId()).send();
 *   case ChannelLink c -> http.channel(c.channelId()).send();
 *   case GuildLink g -> http.guild(g.guildId()).send();
 * }
 * }</pre>
 */
public sealed interface JumpLink permits GuildLink, ChannelLink, MessageLink {
  /**
   * Reads a guild, channel or message link, whichever the text is.
   *
   * @param url the link
   * @return the link's parts
   * @throws LinkException if the text is none of the three
   */
  static JumpLink parse(String url) {
    DiscordUrl parts = DiscordUrl.read(url, false);
    if (parts.size() < 2 || parts.size() > 4 || !parts.segment(0).equals("channels")) {
      throw new LinkException(
          Kind.PATH,
          "a jump link's path is /channels/{guild_id or @me}[/{channel_id}[/{message_id}]]");
    }
    boolean direct = parts.segment(1).equals("@me");
    Optional<Id<GuildMarker>> guild =
        direct ? Optional.empty() : Optional.of(parts.id(1, "guild id"));
    return switch (parts.size()) {
      case 2 -> {
        if (direct) {
          throw new LinkException(
              Kind.PATH, "/channels/@me is the list of direct messages, not a guild or channel");
        }
        yield new GuildLink(guild.orElseThrow());
      }
      case 3 -> new ChannelLink(guild, parts.id(2, "channel id"));
      default -> new MessageLink(guild, parts.id(2, "channel id"), parts.id(3, "message id"));
    };
  }

  /**
   * Reads a guild, channel or message link, or tells that the text is none of them.
   *
   * @param url the text
   * @return the link, or empty if the text is not a valid jump link
   */
  static Optional<JumpLink> tryParse(String url) {
    try {
      return Optional.of(parse(url));
    } catch (LinkException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the link as Discord's client writes it, on {@code https://discord.com}.
   *
   * @return the URL
   */
  String toUrl();
}
