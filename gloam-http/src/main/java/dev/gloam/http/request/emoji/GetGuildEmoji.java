package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets one custom emoji of a guild. Maps "Get Guild Emoji" ({@code GET
 * /guilds/{guild.id}/emojis/{emoji.id}}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#guildEmoji}.
 *
 * <pre>{@code
 * Emoji emoji = client.guildEmoji(guildId, emojiId).send().model();
 * }</pre>
 */
public final class GetGuildEmoji extends Request<Emoji> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#guildEmoji} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param emojiId the emoji
   */
  public GetGuildEmoji(Transport transport, Id<GuildMarker> guildId, Id<EmojiMarker> emojiId) {
    super(transport, Route.GET_GUILD_EMOJI, BodyReader.of(Emoji.class), guildId, emojiId);
  }
}
