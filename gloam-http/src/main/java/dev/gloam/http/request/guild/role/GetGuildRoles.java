package dev.gloam.http.request.guild.role;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Role;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Lists the roles of a guild. Maps "Get Guild Roles" ({@code GET /guilds/{guild.id}/roles},
 * resources/guild). Obtained from {@link dev.gloam.http.RoleRequests#guildRoles}.
 *
 * <pre>{@code
 * List<Role> roles = client.guildRoles(guildId).send().model();
 * }</pre>
 */
public final class GetGuildRoles extends Request<List<Role>> {
  /**
   * Creates the request; use {@link dev.gloam.http.RoleRequests#guildRoles} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildRoles(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_ROLES, BodyReader.listOf(Role.class), guildId);
  }
}
