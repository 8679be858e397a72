package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.lobby.LobbyInvite;

/**
 * Creates an invite to the guild of the channel the lobby is linked to, for one member. Maps
 * "Create Linked Lobby Guild Invite for User" ({@code POST
 * /lobbies/{lobby.id}/members/{user.id}/invites}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#createLobbyInviteForUser}.
 *
 * <pre>{@code
 * LobbyInvite invite = client.createLobbyInviteForUser(lobbyId, userId).send().model();
 * }</pre>
 */
public final class CreateLobbyInviteForUser extends Request<LobbyInvite> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#createLobbyInviteForUser} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   * @param userId the user
   */
  public CreateLobbyInviteForUser(
      Transport transport, Id<LobbyMarker> lobbyId, Id<UserMarker> userId) {
    super(
        transport,
        Route.CREATE_LINKED_LOBBY_GUILD_INVITE_FOR_USER,
        BodyReader.of(LobbyInvite.class),
        lobbyId,
        userId);
  }
}
