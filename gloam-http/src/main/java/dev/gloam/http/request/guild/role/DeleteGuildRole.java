package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;

/**
 * Deletes a role. Maps "Delete Guild Role" ({@code DELETE /guilds/{guild.id}/roles/{role.id}},
 * resources/guild). Obtained from {@link dev.gloam.http.RoleRequests#deleteGuildRole}.
 *
 * <pre>{@code
 * client.deleteGuildRole(guildId, roleId).reason("unused").send();
 * }</pre>
 */
public final class DeleteGuildRole extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#deleteGuildRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param roleId the role
   */
  public DeleteGuildRole(Transport transport, Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    super(transport, Route.DELETE_GUILD_ROLE, BodyReader.empty(), guildId, roleId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteGuildRole reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
