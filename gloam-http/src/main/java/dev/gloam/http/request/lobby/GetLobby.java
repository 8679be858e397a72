package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.lobby.Lobby;

/**
 * Gets a lobby. Maps "Get Lobby" ({@code GET /lobbies/{lobby.id}}, resources/lobby). Obtained from
 * {@link dev.gloam.http.LobbyRequests#lobby}.
 *
 * <pre>{@code
 * Lobby lobby = client.lobby(lobbyId).send().model();
 * }</pre>
 */
public final class GetLobby extends Request<Lobby> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#lobby} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public GetLobby(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.GET_LOBBY, BodyReader.of(Lobby.class), lobbyId);
  }
}
