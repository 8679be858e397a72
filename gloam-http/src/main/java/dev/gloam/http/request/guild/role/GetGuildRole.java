package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Role;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;

/**
 * Gets one role of a guild. Maps "Get Guild Role" ({@code GET /guilds/{guild.id}/roles/{role.id}},
 * resources/guild). Obtained from {@link dev.gloam.http.RoleRequests#guildRole}.
 *
 * <pre>{@code
 * Role role = client.guildRole(guildId, roleId).send().model();
 * }</pre>
 */
public final class GetGuildRole extends Request<Role> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#guildRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param roleId the role
   */
  public GetGuildRole(Transport transport, Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    super(transport, Route.GET_GUILD_ROLE, BodyReader.of(Role.class), guildId, roleId);
  }
}
