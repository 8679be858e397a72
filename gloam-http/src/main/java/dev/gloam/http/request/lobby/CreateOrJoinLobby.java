package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.lobby.Lobby;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.Map;

/**
 * Joins the lobby with a secret, creating it if none exists. Maps "Create or Join Lobby" ({@code
 * PUT /lobbies}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#createOrJoinLobby}.
 *
 * <pre>{@code
 * Lobby lobby = client.createOrJoinLobby("match-42").send().model();
 * }</pre>
 */
public final class CreateOrJoinLobby extends Request<Lobby> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#createOrJoinLobby} instead.
   *
   * @param transport the client's transport
   * @param secret the lobby's secret, up to 250 characters
   */
  public CreateOrJoinLobby(Transport transport, String secret) {
    super(transport, Route.CREATE_OR_JOIN_LOBBY, BodyReader.of(Lobby.class));
    secret(secret);
  }

  /**
   * Sets the secret that identifies the lobby.
   *
   * @param secret up to 250 characters
   * @return this request
   */
  public CreateOrJoinLobby secret(String secret) {
    json().set("secret", secret);
    check(() -> LobbyChecks.secret(secret));
    return this;
  }

  /**
   * Sets how long the lobby lives on once it is idle.
   *
   * @param idleTimeoutSeconds 5 to 604800 seconds
   * @return this request
   */
  public CreateOrJoinLobby idleTimeoutSeconds(int idleTimeoutSeconds) {
    json().set("idle_timeout_seconds", idleTimeoutSeconds);
    check(() -> LobbyChecks.idleTimeoutSeconds(idleTimeoutSeconds));
    return this;
  }

  /**
   * Sets the lobby's metadata, replacing it.
   *
   * @param lobbyMetadata key-value pairs of at most 1000 characters together, or {@code null}
   * @return this request
   */
  public CreateOrJoinLobby lobbyMetadata(Map<String, String> lobbyMetadata) {
    json().set("lobby_metadata", lobbyMetadata);
    check(() -> LobbyChecks.metadata("lobby_metadata", lobbyMetadata));
    return this;
  }

  /**
   * Sets the caller's member metadata.
   *
   * @param memberMetadata key-value pairs of at most 1000 characters together, or {@code null}
   * @return this request
   */
  public CreateOrJoinLobby memberMetadata(Map<String, String> memberMetadata) {
    json().set("member_metadata", memberMetadata);
    check(() -> LobbyChecks.metadata("member_metadata", memberMetadata));
    return this;
  }

  /**
   * Sets the lobby's flags.
   *
   * @param flags the flags ({@code 1}), or {@code null}
   * @return this request
   */
  public CreateOrJoinLobby flags(Integer flags) {
    json().set("flags", flags);
    return this;
  }
}
