package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Lobbies of the social SDK: create, change and delete them, their members and messages
 * (resources/lobby).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code POST /lobbies}
 *   <li>{@code PUT /lobbies}
 *   <li>{@code DELETE /lobbies/{lobby_id}}
 *   <li>{@code GET /lobbies/{lobby_id}}
 *   <li>{@code PATCH /lobbies/{lobby_id}}
 *   <li>{@code PATCH /lobbies/{lobby_id}/channel-linking}
 *   <li>{@code DELETE /lobbies/{lobby_id}/members/@me}
 *   <li>{@code POST /lobbies/{lobby_id}/members/@me/invites}
 *   <li>{@code POST /lobbies/{lobby_id}/members/bulk}
 *   <li>{@code DELETE /lobbies/{lobby_id}/members/{user_id}}
 *   <li>{@code PUT /lobbies/{lobby_id}/members/{user_id}}
 *   <li>{@code POST /lobbies/{lobby_id}/members/{user_id}/invites}
 *   <li>{@code GET /lobbies/{lobby_id}/messages}
 *   <li>{@code POST /lobbies/{lobby_id}/messages}
 *   <li>{@code PUT /lobbies/{lobby_id}/messages/{message_id}/moderation-metadata}
 * </ul>
 */
public sealed interface LobbyRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
