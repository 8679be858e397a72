package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.lobby.Lobby;
import dev.gloam.model.lobby.LobbyMember;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.List;
import java.util.Map;

/**
 * Creates a lobby, optionally with members. Maps "Create Lobby" ({@code POST /lobbies},
 * resources/lobby). Obtained from {@link dev.gloam.http.LobbyRequests#createLobby}.
 *
 * <pre>{@code
 * Lobby lobby = client.createLobby().metadata(Map.of("mode", "duel")).idleTimeoutSeconds(300).send().model();
 * }</pre>
 */
public final class CreateLobby extends Request<Lobby> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#createLobby} instead.
   *
   * @param transport the client's transport
   */
  public CreateLobby(Transport transport) {
    super(transport, Route.CREATE_LOBBY, BodyReader.of(Lobby.class));
  }

  /**
   * Sets how long the lobby lives on once it is idle.
   *
   * @param idleTimeoutSeconds 5 to 604800 seconds
   * @return this request
   */
  public CreateLobby idleTimeoutSeconds(int idleTimeoutSeconds) {
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
  public CreateLobby metadata(Map<String, String> metadata) {
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
  public CreateLobby flags(Integer flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Sets the users to add to the lobby.
   *
   * @param members up to 25 members
   * @return this request
   */
  public CreateLobby members(List<LobbyMember> members) {
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
  public CreateLobby overrideEventWebhooksUrl(String overrideEventWebhooksUrl) {
    json().set("override_event_webhooks_url", overrideEventWebhooksUrl);
    check(() -> LobbyChecks.overrideEventWebhooksUrl(overrideEventWebhooksUrl));
    return this;
  }
}
