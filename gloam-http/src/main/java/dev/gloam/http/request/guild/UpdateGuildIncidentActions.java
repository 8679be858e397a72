package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.GuildIncidentsData;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.guild.GuildChecks;
import java.time.Instant;

/**
 * Pauses invites or direct messages in a guild for up to 24 hours, for example during a raid, or
 * ends such a pause. Maps "Modify Guild Incident Actions" ({@code PUT
 * /guilds/{guild.id}/incident-actions}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#updateGuildIncidentActions}.
 *
 * <pre>{@code
 * client.updateGuildIncidentActions(guildId)
 *     .invitesDisabledUntil(Instant.now().plus(Duration.ofHours(6)))
 *     .send();
 * }</pre>
 */
public final class UpdateGuildIncidentActions extends Request<GuildIncidentsData> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#updateGuildIncidentActions}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public UpdateGuildIncidentActions(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.UPDATE_GUILD_INCIDENT_ACTIONS,
        BodyReader.of(GuildIncidentsData.class),
        guildId);
  }

  /**
   * Sets until when invites are paused, at most 24 hours ahead.
   *
   * @param until the end of the pause, or {@code null} to end it now
   * @return this request
   */
  public UpdateGuildIncidentActions invitesDisabledUntil(Instant until) {
    json().set("invites_disabled_until", until);
    check(() -> GuildChecks.incidentActionUntil("invites_disabled_until", until, Instant.now()));
    return this;
  }

  /**
   * Sets until when direct messages between members are paused, at most 24 hours ahead.
   *
   * @param until the end of the pause, or {@code null} to end it now
   * @return this request
   */
  public UpdateGuildIncidentActions dmsDisabledUntil(Instant until) {
    json().set("dms_disabled_until", until);
    check(() -> GuildChecks.incidentActionUntil("dms_disabled_until", until, Instant.now()));
    return this;
  }
}
