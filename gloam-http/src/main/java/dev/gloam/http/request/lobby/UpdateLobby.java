package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.lobby.Lobby;
import dev.gloam.model.lobby.LobbyMember;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.List;
import java.util.Map;

/**
 * Changes a lobby; fields not set stay as they are, and a member list replaces the members. Maps
 * "Modify Lobby" ({@code PATCH /lobbies/{lobby.id}}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#updateLobby}.
 *
 * <pre>{@code
 * client.updateLobby(lobbyId).metadata(Map.of("mode", "team")).send();
 * }</pre>
 */
public final class UpdateLobby extends Request<Lobby> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#updateLobby} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   */
  public UpdateLobby(Transport transport, Id<LobbyMarker> lobbyId) {
    super(transport, Route.EDIT_LOBBY, BodyReader.of(Lobby.class), lobbyId);
  }

  /**
   * Sets how long the lobby lives on once it is idle.
   *
   * @param idleTimeoutSeconds 5 to 604800 seconds
   * @return this request
   */
  public UpdateLobby idleTimeoutSeconds(int idleTimeoutSeconds) {
    json().set("idle_timeout_seconds", idleTimeoutSeconds);
    check(() -> LobbyChecks.idleTimeoutSeconds(idleTimeoutSeconds));
    return this;
  }

  /**
   * Sets the lobby's metadata.
   *
   * @param metadata key-value pairs of at most 1000 characters together, or {@code null}
   * @return this request
   */
  public UpdateLobby metadata(Map<String, String> metadata) {
    json().set("metadata", metadata);
    check(() -> LobbyChecks.metadata("metadata", metadata));
    return this;
  }

  /**
   * Sets the lobby's flags.
   *
   * @param flags the flags ({@code 1}), or {@code null}
   * @return this request
   */
  public UpdateLobby flags(Integer flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Replaces the lobby's members.
   *
   * @param members up to 25 members
   * @return this request
   */
  public UpdateLobby members(List<LobbyMember> members) {
    json().set("members", members);
    check(() -> LobbyChecks.members(members));
    return this;
  }

  /**
   * Sets a URL for this lobby's event webhooks instead of the app's.
   *
   * @param overrideEventWebhooksUrl up to 512 characters, or {@code null}
   * @return this request
   */
  public UpdateLobby overrideEventWebhooksUrl(String overrideEventWebhooksUrl) {
    json().set("override_event_webhooks_url", overrideEventWebhooksUrl);
    check(() -> LobbyChecks.overrideEventWebhooksUrl(overrideEventWebhooksUrl));
    return this;
  }
}
