package dev.gloam.http.request.guild.role;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;

/**
 * Changes a role; only the fields set are sent, and a field set to {@code null}, such as {@code
 * colors(null)} or {@code icon(null)}, is reset. Maps "Modify Guild Role" ({@code PATCH
 * /guilds/{guild.id}/roles/{role.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.RoleRequests#updateGuildRole}.
 *
 * <pre>{@code
 * client.updateGuildRole(guildId, roleId).colors(new RoleColors(0x3498DB, Optional.empty(), Optional.empty())).send();
 * }</pre>
 */
public final class UpdateGuildRole extends RoleFields<UpdateGuildRole> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#updateGuildRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param roleId the role
   */
  public UpdateGuildRole(Transport transport, Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    super(transport, Route.UPDATE_GUILD_ROLE, guildId, roleId);
  }

  @Override
  UpdateGuildRole self() {
    return this;
  }
}
