package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Guild members and bans: list, search, add, change and remove members, their roles, and bans
 * (resources/guild, "Guild Member" and "Ban").
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/bans}
 *   <li>{@code DELETE /guilds/{guild_id}/bans/{user_id}}
 *   <li>{@code GET /guilds/{guild_id}/bans/{user_id}}
 *   <li>{@code PUT /guilds/{guild_id}/bans/{user_id}}
 *   <li>{@code POST /guilds/{guild_id}/bulk-ban}
 *   <li>{@code GET /guilds/{guild_id}/members}
 *   <li>{@code PATCH /guilds/{guild_id}/members/@me}
 *   <li>{@code GET /guilds/{guild_id}/members/search}
 *   <li>{@code DELETE /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code GET /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code PUT /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code DELETE /guilds/{guild_id}/members/{user_id}/roles/{role_id}}
 *   <li>{@code PUT /guilds/{guild_id}/members/{user_id}/roles/{role_id}}
 * </ul>
 */
public sealed interface MemberRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
