package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.Map;

/**
 * Records the app's own moderation decision about a lobby message as free-form key-value pairs.
 * Maps "Update Lobby Message Moderation Metadata" ({@code PUT
 * /lobbies/{lobby.id}/messages/{message.id}/moderation-metadata}, resources/lobby). Obtained from
 * {@link dev.gloam.http.LobbyRequests#updateLobbyMessageModerationMetadata}.
 *
 * <pre>{@code
 * client.updateLobbyMessageModerationMetadata(lobbyId, messageId).metadata(Map.of("verdict", "ok")).send();
 * }</pre>
 */
public final class UpdateLobbyMessageModerationMetadata extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.LobbyRequests#updateLobbyMessageModerationMetadata} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   * @param messageId the message
   */
  public UpdateLobbyMessageModerationMetadata(
      Transport transport, Id<LobbyMarker> lobbyId, Id<MessageMarker> messageId) {
    super(
        transport,
        Route.UPDATE_LOBBY_MESSAGE_EXTERNAL_MODERATION_METADATA,
        BodyReader.empty(),
        lobbyId,
        messageId);
  }

  /**
   * Sets the key-value pairs: the body is this dictionary itself, up to 5 keys of up to 1024
   * characters with values of up to 2000 characters.
   *
   * @param metadata the pairs, replacing any set before
   * @return this request
   */
  public UpdateLobbyMessageModerationMetadata metadata(Map<String, String> metadata) {
    Map<String, String> copy = Map.copyOf(metadata);
    copy.forEach(json()::set);
    check(() -> LobbyChecks.moderationMetadata(copy));
    return this;
  }

  @Override
  protected RequestBody body() {
    // The dictionary is the whole body, so an empty one is still sent as {}.
    return new RequestBody.Json(json().bytes());
  }
}
