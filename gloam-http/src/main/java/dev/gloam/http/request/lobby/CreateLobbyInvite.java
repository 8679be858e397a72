package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.lobby.LobbyInvite;

/**
 * Creates an invite to the guild of the channel the lobby is linked to, for the caller. Maps
 * "Create Linked Lobby Guild Invite for Self" ({@code POST
 * /lobbies/{lobby.id}/members/@me/invites}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#createLobbyInvite}.
 *
 * <pre>{@code
 * LobbyInvite invite = bearerClient.createLobbyInvite(lobbyId).send().model();
 * }</pre>
 */
public final class CreateLobbyInvite extends Request<LobbyInvite> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#createLobbyInvite} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public CreateLobbyInvite(Transport transport, Id<LobbyMarker> lobbyId) {
    super(
        transport,
        Route.CREATE_LINKED_LOBBY_GUILD_INVITE_FOR_SELF,
        BodyReader.of(LobbyInvite.class),
        lobbyId);
  }
}
