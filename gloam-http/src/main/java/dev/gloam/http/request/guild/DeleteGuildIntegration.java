package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.IntegrationMarker;

/**
 * Removes an integration from a guild; for a bot's integration this removes the bot, and its
 * webhooks. Maps "Delete Guild Integration" ({@code DELETE
 * /guilds/{guild.id}/integrations/{integration.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#deleteGuildIntegration}.
 *
 * <pre>{@code
 * client.deleteGuildIntegration(guildId, integrationId).reason("unused").send();
 * }</pre>
 */
public final class DeleteGuildIntegration extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#deleteGuildIntegration} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param integrationId the integration
   */
  public DeleteGuildIntegration(
      Transport transport, Id<GuildMarker> guildId, Id<IntegrationMarker> integrationId) {
    super(transport, Route.DELETE_GUILD_INTEGRATION, BodyReader.empty(), guildId, integrationId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteGuildIntegration reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
