package dev.gloam.http.request.lobby;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.lobby.LobbyMember;
import dev.gloam.validate.Check;
import dev.gloam.validate.lobby.LobbyChecks;
import java.util.List;

/**
 * Adds, updates or removes up to 25 members of a lobby at once. Maps "Bulk Update Lobby Members"
 * ({@code POST /lobbies/{lobby.id}/members/bulk}, resources/lobby). Obtained from {@link
 * dev.gloam.http.LobbyRequests#updateLobbyMembers}.
 *
 * <pre>{@code
 * client.updateLobbyMembers(lobbyId, List.of(LobbyMemberUpdate.upsert(aliceId), LobbyMemberUpdate.remove(bobId))).send();
 * }</pre>
 */
public final class UpdateLobbyMembers extends Request<List<LobbyMember>> {
  /**
   * Creates the request; use {@link dev.gloam.http.LobbyRequests#updateLobbyMembers} instead.
   *
   * @param transport the client's transport
   * @param lobbyId the lobby
   * @param members 1 to 25 changes
   */
  public UpdateLobbyMembers(
      Transport transport, Id<LobbyMarker> lobbyId, List<LobbyMemberUpdate> members) {
    super(
        transport, Route.BULK_UPDATE_LOBBY_MEMBERS, BodyReader.listOf(LobbyMember.class), lobbyId);
    this.members = List.copyOf(members);
  }

  private final List<LobbyMemberUpdate> members;

  @Override
  protected void validate() {
    Check.count("members", members, 1, LobbyChecks.MEMBERS_MAX);
    for (int i = 0; i < members.size(); i++) {
      LobbyMemberUpdate member = members.get(i);
      LobbyChecks.metadata("[" + i + "].metadata", member.metadata().orElse(null));
      LobbyChecks.additionalName(
          "[" + i + "].additional_name", member.additionalName().orElse(null));
    }
  }

  @Override
  protected RequestBody body() {
    return new RequestBody.Json(ModelJson.writeBytes(members));
  }
}
