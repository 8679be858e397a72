package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.lobby.Lobby;

/**
 * Links a lobby to a guild text channel, or unlinks it. Maps "Link Channel to Lobby" and "Unlink
 * Channel from Lobby" ({@code PATCH /lobbies/{lobby.id}/channel-linking}, resources/lobby).
 * Obtained from {@link dev.gloam.http.LobbyRequests#updateLobbyChannelLink}.
 *
 * <pre>{@code
 * client.updateLobbyChannelLink(lobbyId).channelId(channelId).send();
 * }</pre>
 */
public final class UpdateLobbyChannelLink extends Request<Lobby> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#updateLobbyChannelLink} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public UpdateLobbyChannelLink(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.EDIT_LOBBY_CHANNEL_LINK, BodyReader.of(Lobby.class), lobbyId);
  }

  /**
   * Sets the channel to link.
   *
   * @param channelId the channel, or {@code null} to unlink
   * @return this request
   */
  public UpdateLobbyChannelLink channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    return this;
  }
}
