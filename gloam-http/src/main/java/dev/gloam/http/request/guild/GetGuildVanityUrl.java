package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.VanityUrl;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the guild's vanity invite code and how often it was used. Maps "Get Guild Vanity URL"
 * ({@code GET /guilds/{guild.id}/vanity-url}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildVanityUrl}.
 *
 * <pre>{@code
 * String code = client.guildVanityUrl(guildId).send().model().code().orElse(null);
 * }</pre>
 */
public final class GetGuildVanityUrl extends Request<VanityUrl> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildVanityUrl} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildVanityUrl(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_GUILD_VANITY_URL, BodyReader.of(VanityUrl.class), guildId);
  }
}
