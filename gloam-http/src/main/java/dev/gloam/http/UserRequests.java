package dev.gloam.http;

import dev.gloam.http.request.user.GetCurrentUser;
import dev.gloam.http.transport.Transport;

/**
 * Users: the current user, other users, DMs, the current user's guilds, connections and role
 * connections (resources/user).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /users/@me}
 *   <li>{@code PATCH /users/@me}
 *   <li>{@code DELETE /users/@me/applications/{application_id}/role-connection}
 *   <li>{@code GET /users/@me/applications/{application_id}/role-connection}
 *   <li>{@code PUT /users/@me/applications/{application_id}/role-connection}
 *   <li>{@code POST /users/@me/channels}
 *   <li>{@code GET /users/@me/connections}
 *   <li>{@code GET /users/@me/guilds}
 *   <li>{@code DELETE /users/@me/guilds/{guild_id}}
 *   <li>{@code GET /users/@me/guilds/{guild_id}/member}
 *   <li>{@code GET /users/{user_id}}
 * </ul>
 */
public sealed interface UserRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the user the token belongs to. Maps "Get Current User" ({@code GET /users/@me},
   * resources/user).
   *
   * @return the request
   */
  default GetCurrentUser currentUser() {
    return new GetCurrentUser(transport());
  }
}
