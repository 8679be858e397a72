package dev.gloam.http;

import dev.gloam.http.request.guild.role.CreateGuildRole;
import dev.gloam.http.request.guild.role.DeleteGuildRole;
import dev.gloam.http.request.guild.role.GetGuildRole;
import dev.gloam.http.request.guild.role.GetGuildRoleMemberCounts;
import dev.gloam.http.request.guild.role.GetGuildRoles;
import dev.gloam.http.request.guild.role.UpdateGuildRole;
import dev.gloam.http.request.guild.role.UpdateGuildRolePositions;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;

/**
 * Roles of a guild: list, create, change, reorder and delete them (resources/guild, "Role").
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/roles}
 *   <li>{@code PATCH /guilds/{guild_id}/roles}
 *   <li>{@code POST /guilds/{guild_id}/roles}
 *   <li>{@code GET /guilds/{guild_id}/roles/member-counts}
 *   <li>{@code DELETE /guilds/{guild_id}/roles/{role_id}}
 *   <li>{@code GET /guilds/{guild_id}/roles/{role_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/roles/{role_id}}
 * </ul>
 */
public sealed interface RoleRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Lists the roles. Maps "Get Guild Roles" ({@code GET /guilds/{guild.id}/roles},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildRoles guildRoles(Id<GuildMarker> guildId) {
    return new GetGuildRoles(transport(), guildId);
  }

  /**
   * Gets a role. Maps "Get Guild Role" ({@code GET /guilds/{guild.id}/roles/{role.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param roleId the role
   * @return the request
   */
  default GetGuildRole guildRole(Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    return new GetGuildRole(transport(), guildId, roleId);
  }

  /**
   * Counts the members of each role. Maps "Get Guild Role Member Counts" ({@code GET
   * /guilds/{guild.id}/roles/member-counts}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildRoleMemberCounts guildRoleMemberCounts(Id<GuildMarker> guildId) {
    return new GetGuildRoleMemberCounts(transport(), guildId);
  }

  /**
   * Creates a role. Maps "Create Guild Role" ({@code POST /guilds/{guild.id}/roles},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default CreateGuildRole createGuildRole(Id<GuildMarker> guildId) {
    return new CreateGuildRole(transport(), guildId);
  }

  /**
   * Changes a role. Maps "Modify Guild Role" ({@code PATCH /guilds/{guild.id}/roles/{role.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param roleId the role
   * @return the request
   */
  default UpdateGuildRole updateGuildRole(Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    return new UpdateGuildRole(transport(), guildId, roleId);
  }

  /**
   * Moves several roles. Maps "Modify Guild Role Positions" ({@code PATCH
   * /guilds/{guild.id}/roles}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateGuildRolePositions updateGuildRolePositions(Id<GuildMarker> guildId) {
    return new UpdateGuildRolePositions(transport(), guildId);
  }

  /**
   * Deletes a role. Maps "Delete Guild Role" ({@code DELETE /guilds/{guild.id}/roles/{role.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param roleId the role
   * @return the request
   */
  default DeleteGuildRole deleteGuildRole(Id<GuildMarker> guildId, Id<RoleMarker> roleId) {
    return new DeleteGuildRole(transport(), guildId, roleId);
  }
}
