package dev.gloam.http;

import dev.gloam.http.transport.Transport;

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
}
