package dev.gloam.http.request.emoji;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Gets the custom emojis of a guild. Maps "List Guild Emojis" ({@code GET
 * /guilds/{guild.id}/emojis}, resources/emoji). Obtained from {@link
 * dev.gloam.http.EmojiRequests#guildEmojis}.
 *
 * <pre>{@code
 * List<Emoji> emojis = client.guildEmojis(guildId).send().model();
 * }</pre>
 */
public final class GetGuildEmojis extends Request<List<Emoji>> {
  /**
   * Creates the request; use {@link dev.gloam.http.EmojiRequests#guildEmojis} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildEmojis(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_EMOJIS, BodyReader.listOf(Emoji.class), guildId);
  }
}
