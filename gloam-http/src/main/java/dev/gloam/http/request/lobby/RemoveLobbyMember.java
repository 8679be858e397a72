package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Removes a user from a lobby. Maps "Remove a Member from a Lobby" ({@code DELETE
 * /lobbies/{lobby.id}/members/{user.id}}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#removeLobbyMember}.
 *
 * <pre>{@code
 * client.removeLobbyMember(lobbyId, userId).send();
 * }</pre>
 */
public final class RemoveLobbyMember extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#removeLobbyMember} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   * @param userId the user
   */
  public RemoveLobbyMember(Transport transport, Id<LobbyMarker> lobbyId, Id<UserMarker> userId) {
    super(transport, Route.DELETE_LOBBY_MEMBER, BodyReader.empty(), lobbyId, userId);
  }
}
