package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.lobby.LobbyMember;
import dev.gloam.model.lobby.LobbyMemberFlags;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.Map;

/**
 * Adds a user to a lobby, or updates the member. Maps "Add a Member to a Lobby" ({@code PUT
 * /lobbies/{lobby.id}/members/{user.id}}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#addLobbyMember}.
 *
 * <pre>{@code
 * client.addLobbyMember(lobbyId, userId).additionalName("Knight").send();
 * }</pre>
 */
public final class AddLobbyMember extends Request<LobbyMember> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#addLobbyMember} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   * @param userId the user
   */
  public AddLobbyMember(Transport transport, Id<LobbyMarker> lobbyId, Id<UserMarker> userId) {
    super(transport, Route.ADD_LOBBY_MEMBER, BodyReader.of(LobbyMember.class), lobbyId, userId);
  }

  /**
   * Sets the member's metadata.
   *
   * @param metadata key-value pairs of at most 1000 characters together, or {@code null}
   * @return this request
   */
  public AddLobbyMember metadata(Map<String, String> metadata) {
    json().set("metadata", metadata);
    check(() -> LobbyChecks.metadata("metadata", metadata));
    return this;
  }

  /**
   * Sets the member's flags.
   *
   * @param flags the flags, or {@code null}
   * @return this request
   */
  public AddLobbyMember flags(LobbyMemberFlags flags) {
    json().set("flags", flags);
    return this;
  }

  /**
   * Sets an extra display name, such as a character's name.
   *
   * @param additionalName 1 to 80 characters, or {@code null} to clear it
   * @return this request
   */
  public AddLobbyMember additionalName(String additionalName) {
    json().set("additional_name", additionalName);
    check(() -> LobbyChecks.additionalName("additional_name", additionalName));
    return this;
  }
}
