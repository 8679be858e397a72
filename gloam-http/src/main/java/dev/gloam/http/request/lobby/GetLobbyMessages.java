package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.lobby.LobbyMessage;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.List;

/**
 * Lists a lobby's latest messages. Maps "Get Lobby Messages" ({@code GET
 * /lobbies/{lobby.id}/messages}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#lobbyMessages}.
 *
 * <pre>{@code
 * List<LobbyMessage> latest = client.lobbyMessages(lobbyId).limit(20).send().model();
 * }</pre>
 */
public final class GetLobbyMessages extends Request<List<LobbyMessage>> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#lobbyMessages} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public GetLobbyMessages(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.GET_LOBBY_MESSAGES, BodyReader.listOf(LobbyMessage.class), lobbyId);
  }

  /**
   * Sets how many messages to return.
   *
   * @param limit 1 to 200, 50 by default
   * @return this request
   */
  public GetLobbyMessages limit(int limit) {
    query().set("limit", limit);
    check(() -> LobbyChecks.messagesLimit(limit));
    return this;
  }
}
