package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.GuildPreview;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the public preview of a guild: its name, icons, emojis, stickers and approximate counts.
 * Works for discoverable guilds the bot is not in. Maps "Get Guild Preview" ({@code GET
 * /guilds/{guild.id}/preview}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildPreview}.
 *
 * <pre>{@code
 * GuildPreview preview = client.guildPreview(guildId).send().model();
 * }</pre>
 */
public final class GetGuildPreview extends Request<GuildPreview> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildPreview} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildPreview(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_PREVIEW, BodyReader.of(GuildPreview.class), guildId);
  }
}
