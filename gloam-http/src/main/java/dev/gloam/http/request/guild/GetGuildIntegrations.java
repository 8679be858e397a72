package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.integration.Integration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Lists the integrations of a guild, such as bots and linked services. Maps "Get Guild
 * Integrations" ({@code GET /guilds/{guild.id}/integrations}, resources/guild). Obtained from
 * {@link dev.gloam.http.GuildRequests#guildIntegrations}.
 *
 * <pre>{@code
 * List<Integration> integrations = client.guildIntegrations(guildId).send().model();
 * }</pre>
 */
public final class GetGuildIntegrations extends Request<List<Integration>> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildIntegrations} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildIntegrations(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_INTEGRATIONS, BodyReader.listOf(Integration.class), guildId);
  }
}
