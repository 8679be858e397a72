package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;

/**
 * Deletes a lobby. Maps "Delete Lobby" ({@code DELETE /lobbies/{lobby.id}}, resources/lobby).
 * Obtained from {@link dev.gloam.http.LobbyRequests#deleteLobby}.
 *
 * <pre>{@code
 * client.deleteLobby(lobbyId).send();
 * }</pre>
 */
public final class DeleteLobby extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#deleteLobby} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public DeleteLobby(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.DELETE_LOBBY, BodyReader.empty(), lobbyId);
  }
}
