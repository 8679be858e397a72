package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;

/**
 * Makes the caller leave a lobby. Maps "Leave Lobby" ({@code DELETE
 * /lobbies/{lobby.id}/members/@me}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#leaveLobby}.
 *
 * <pre>{@code
 * bearerClient.leaveLobby(lobbyId).send();
 * }</pre>
 */
public final class LeaveLobby extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#leaveLobby} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public LeaveLobby(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.LEAVE_LOBBY, BodyReader.empty(), lobbyId);
  }
}
