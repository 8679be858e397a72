package dev.gloam.http;

import dev.gloam.http.request.lobby.AddLobbyMember;
import dev.gloam.http.request.lobby.CreateLobby;
import dev.gloam.http.request.lobby.CreateLobbyInvite;
import dev.gloam.http.request.lobby.CreateLobbyInviteForUser;
import dev.gloam.http.request.lobby.CreateLobbyMessage;
import dev.gloam.http.request.lobby.CreateOrJoinLobby;
import dev.gloam.http.request.lobby.DeleteLobby;
import dev.gloam.http.request.lobby.GetLobby;
import dev.gloam.http.request.lobby.GetLobbyMessages;
import dev.gloam.http.request.lobby.LeaveLobby;
import dev.gloam.http.request.lobby.LobbyMemberUpdate;
import dev.gloam.http.request.lobby.RemoveLobbyMember;
import dev.gloam.http.request.lobby.UpdateLobby;
import dev.gloam.http.request.lobby.UpdateLobbyChannelLink;
import dev.gloam.http.request.lobby.UpdateLobbyMembers;
import dev.gloam.http.request.lobby.UpdateLobbyMessageModerationMetadata;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.LobbyMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * Lobbies of the social SDK: create, change and delete them, their members and messages
 * (resources/lobby).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code POST /lobbies}
 *   <li>{@code PUT /lobbies}
 *   <li>{@code DELETE /lobbies/{lobby_id}}
 *   <li>{@code GET /lobbies/{lobby_id}}
 *   <li>{@code PATCH /lobbies/{lobby_id}}
 *   <li>{@code PATCH /lobbies/{lobby_id}/channel-linking}
 *   <li>{@code DELETE /lobbies/{lobby_id}/members/@me}
 *   <li>{@code POST /lobbies/{lobby_id}/members/@me/invites}
 *   <li>{@code POST /lobbies/{lobby_id}/members/bulk}
 *   <li>{@code DELETE /lobbies/{lobby_id}/members/{user_id}}
 *   <li>{@code PUT /lobbies/{lobby_id}/members/{user_id}}
 *   <li>{@code POST /lobbies/{lobby_id}/members/{user_id}/invites}
 *   <li>{@code GET /lobbies/{lobby_id}/messages}
 *   <li>{@code POST /lobbies/{lobby_id}/messages}
 *   <li>{@code PUT /lobbies/{lobby_id}/messages/{message_id}/moderation-metadata}
 * </ul>
 */
public sealed interface LobbyRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Creates a lobby, optionally with members. Maps "Create Lobby" ({@code POST /lobbies},
   * resources/lobby).
   *
   * @return the request
   */
  default CreateLobby createLobby() {
    return new CreateLobby(transport());
  }

  /**
   * Joins the lobby with a secret, creating it if none exists. Maps "Create or Join Lobby" ({@code
   * PUT /lobbies}, resources/lobby).
   *
   * @param secret the lobby's secret, up to 250 characters
   * @return the request
   */
  default CreateOrJoinLobby createOrJoinLobby(String secret) {
    return new CreateOrJoinLobby(transport(), secret);
  }

  /**
   * Gets a lobby. Maps "Get Lobby" ({@code GET /lobbies/{lobby.id}}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default GetLobby lobby(Id<LobbyMarker> lobbyId) {
    return new GetLobby(transport(), lobbyId);
  }

  /**
   * Changes a lobby; fields not set stay as they are, and a member list replaces the members. Maps
   * "Modify Lobby" ({@code PATCH /lobbies/{lobby.id}}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default UpdateLobby updateLobby(Id<LobbyMarker> lobbyId) {
    return new UpdateLobby(transport(), lobbyId);
  }

  /**
   * Deletes a lobby. Maps "Delete Lobby" ({@code DELETE /lobbies/{lobby.id}}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default DeleteLobby deleteLobby(Id<LobbyMarker> lobbyId) {
    return new DeleteLobby(transport(), lobbyId);
  }

  /**
   * Links a lobby to a guild text channel, or unlinks it. Maps "Link Channel to Lobby" and "Unlink
   * Channel from Lobby" ({@code PATCH /lobbies/{lobby.id}/channel-linking}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default UpdateLobbyChannelLink updateLobbyChannelLink(Id<LobbyMarker> lobbyId) {
    return new UpdateLobbyChannelLink(transport(), lobbyId);
  }

  /**
   * Adds a user to a lobby, or updates the member. Maps "Add a Member to a Lobby" ({@code PUT
   * /lobbies/{lobby.id}/members/{user.id}}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @param userId the user
   * @return the request
   */
  default AddLobbyMember addLobbyMember(Id<LobbyMarker> lobbyId, Id<UserMarker> userId) {
    return new AddLobbyMember(transport(), lobbyId, userId);
  }

  /**
   * Removes a user from a lobby. Maps "Remove a Member from a Lobby" ({@code DELETE
   * /lobbies/{lobby.id}/members/{user.id}}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @param userId the user
   * @return the request
   */
  default RemoveLobbyMember removeLobbyMember(Id<LobbyMarker> lobbyId, Id<UserMarker> userId) {
    return new RemoveLobbyMember(transport(), lobbyId, userId);
  }

  /**
   * Makes the caller leave a lobby. Maps "Leave Lobby" ({@code DELETE
   * /lobbies/{lobby.id}/members/@me}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default LeaveLobby leaveLobby(Id<LobbyMarker> lobbyId) {
    return new LeaveLobby(transport(), lobbyId);
  }

  /**
   * Adds, updates or removes up to 25 members of a lobby at once. Maps "Bulk Update Lobby Members"
   * ({@code POST /lobbies/{lobby.id}/members/bulk}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @param members 1 to 25 changes
   * @return the request
   */
  default UpdateLobbyMembers updateLobbyMembers(
      Id<LobbyMarker> lobbyId, List<LobbyMemberUpdate> members) {
    return new UpdateLobbyMembers(transport(), lobbyId, members);
  }

  /**
   * Creates an invite to the guild of the channel the lobby is linked to, for the caller. Maps
   * "Create Linked Lobby Guild Invite for Self" ({@code POST
   * /lobbies/{lobby.id}/members/@me/invites}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default CreateLobbyInvite createLobbyInvite(Id<LobbyMarker> lobbyId) {
    return new CreateLobbyInvite(transport(), lobbyId);
  }

  /**
   * Creates an invite to the guild of the channel the lobby is linked to, for one member. Maps
   * "Create Linked Lobby Guild Invite for User" ({@code POST
   * /lobbies/{lobby.id}/members/{user.id}/invites}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @param userId the user
   * @return the request
   */
  default CreateLobbyInviteForUser createLobbyInviteForUser(
      Id<LobbyMarker> lobbyId, Id<UserMarker> userId) {
    return new CreateLobbyInviteForUser(transport(), lobbyId, userId);
  }

  /**
   * Lists a lobby's latest messages. Maps "Get Lobby Messages" ({@code GET
   * /lobbies/{lobby.id}/messages}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default GetLobbyMessages lobbyMessages(Id<LobbyMarker> lobbyId) {
    return new GetLobbyMessages(transport(), lobbyId);
  }

  /**
   * Sends a message to a lobby. Maps "Send Lobby Message" ({@code POST
   * /lobbies/{lobby.id}/messages}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @return the request
   */
  default CreateLobbyMessage createLobbyMessage(Id<LobbyMarker> lobbyId) {
    return new CreateLobbyMessage(transport(), lobbyId);
  }

  /**
   * Records the app's own moderation decision about a lobby message as free-form key-value pairs.
   * Maps "Update Lobby Message Moderation Metadata" ({@code PUT
   * /lobbies/{lobby.id}/messages/{message.id}/moderation-metadata}, resources/lobby).
   *
   * @param lobbyId the lobby
   * @param messageId the message
   * @return the request
   */
  default UpdateLobbyMessageModerationMetadata updateLobbyMessageModerationMetadata(
      Id<LobbyMarker> lobbyId, Id<MessageMarker> messageId) {
    return new UpdateLobbyMessageModerationMetadata(transport(), lobbyId, messageId);
  }
}
