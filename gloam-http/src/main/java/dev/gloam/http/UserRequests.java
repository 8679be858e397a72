package dev.gloam.http;

import dev.gloam.http.request.user.CreateDm;
import dev.gloam.http.request.user.CreateGroupDm;
import dev.gloam.http.request.user.DeleteApplicationRoleConnection;
import dev.gloam.http.request.user.GetApplicationRoleConnection;
import dev.gloam.http.request.user.GetCurrentUser;
import dev.gloam.http.request.user.GetCurrentUserConnections;
import dev.gloam.http.request.user.GetCurrentUserGuildMember;
import dev.gloam.http.request.user.GetCurrentUserGuilds;
import dev.gloam.http.request.user.GetUser;
import dev.gloam.http.request.user.LeaveGuild;
import dev.gloam.http.request.user.UpdateApplicationRoleConnection;
import dev.gloam.http.request.user.UpdateCurrentUser;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * Users: the current user, other users, DMs, the current user's guilds, connections and role
 * connections (resources/user).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /users/@me}
 *   <li>{@code PATCH /users/@me}
 *   <li>{@code DELETE /users/@me/applications/{application_id}/role-connection}
 *   <li>{@code GET /users/@me/applications/{application_id}/role-connection}
 *   <li>{@code PUT /users/@me/applications/{application_id}/role-connection}
 *   <li>{@code POST /users/@me/channels}
 *   <li>{@code GET /users/@me/connections}
 *   <li>{@code GET /users/@me/guilds}
 *   <li>{@code DELETE /users/@me/guilds/{guild_id}}
 *   <li>{@code GET /users/@me/guilds/{guild_id}/member}
 *   <li>{@code GET /users/{user_id}}
 * </ul>
 */
public sealed interface UserRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the user the token belongs to. Maps "Get Current User" ({@code GET /users/@me},
   * resources/user).
   *
   * @return the request
   */
  default GetCurrentUser currentUser() {
    return new GetCurrentUser(transport());
  }

  /**
   * Changes the current user's username, avatar or banner; fields not set stay as they are. Maps
   * "Modify Current User" ({@code PATCH /users/@me}, resources/user).
   *
   * @return the request
   */
  default UpdateCurrentUser updateCurrentUser() {
    return new UpdateCurrentUser(transport());
  }

  /**
   * Gets a user by id. Maps "Get User" ({@code GET /users/{user.id}}, resources/user).
   *
   * @param userId the user
   * @return the request
   */
  default GetUser user(Id<UserMarker> userId) {
    return new GetUser(transport(), userId);
  }

  /**
   * Lists the guilds the current user is in, as partial guilds, paged. Maps "Get Current User
   * Guilds" ({@code GET /users/@me/guilds}, resources/user).
   *
   * @return the request
   */
  default GetCurrentUserGuilds currentUserGuilds() {
    return new GetCurrentUserGuilds(transport());
  }

  /**
   * Makes the current user leave a guild. Maps "Leave Guild" ({@code DELETE
   * /users/@me/guilds/{guild.id}}, resources/user).
   *
   * @param guildId the guild
   * @return the request
   */
  default LeaveGuild leaveGuild(Id<GuildMarker> guildId) {
    return new LeaveGuild(transport(), guildId);
  }

  /**
   * Gets the member object of the user a Bearer token belongs to in a guild (scope {@code
   * guilds.members.read}). Maps "Get Current User Guild Member" ({@code GET
   * /users/@me/guilds/{guild.id}/member}, resources/user).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetCurrentUserGuildMember currentUserGuildMember(Id<GuildMarker> guildId) {
    return new GetCurrentUserGuildMember(transport(), guildId);
  }

  /**
   * Opens (or finds) the DM channel with a user. Maps "Create DM" ({@code POST
   * /users/@me/channels}, resources/user).
   *
   * @param recipientId the user to talk to
   * @return the request
   */
  default CreateDm createDm(Id<UserMarker> recipientId) {
    return new CreateDm(transport(), recipientId);
  }

  /**
   * Creates a group DM with users who granted the app the {@code gdm.join} scope. Same route as
   * {@link CreateDm}, with the group fields. Maps "Create Group DM" ({@code POST
   * /users/@me/channels}, resources/user).
   *
   * @param accessTokens access tokens of users who granted {@code gdm.join}
   * @return the request
   */
  default CreateGroupDm createGroupDm(List<String> accessTokens) {
    return new CreateGroupDm(transport(), accessTokens);
  }

  /**
   * Lists the accounts the current user connected (scope {@code connections}). Maps "Get Current
   * User Connections" ({@code GET /users/@me/connections}, resources/user).
   *
   * @return the request
   */
  default GetCurrentUserConnections currentUserConnections() {
    return new GetCurrentUserConnections(transport());
  }

  /**
   * Gets the role connection the user a Bearer token belongs to has with an app. Maps "Get Current
   * User Application Role Connection" ({@code GET
   * /users/@me/applications/{application.id}/role-connection}, resources/user).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetApplicationRoleConnection applicationRoleConnection(
      Id<ApplicationMarker> applicationId) {
    return new GetApplicationRoleConnection(transport(), applicationId);
  }

  /**
   * Sets the role connection of the user a Bearer token belongs to (scope {@code
   * role_connections.write}). Maps "Update Current User Application Role Connection" ({@code PUT
   * /users/@me/applications/{application.id}/role-connection}, resources/user).
   *
   * @param applicationId the application
   * @return the request
   */
  default UpdateApplicationRoleConnection updateApplicationRoleConnection(
      Id<ApplicationMarker> applicationId) {
    return new UpdateApplicationRoleConnection(transport(), applicationId);
  }

  /**
   * Removes the role connection of the user a Bearer token belongs to. Maps "Delete Current User
   * Application Role Connection" ({@code DELETE
   * /users/@me/applications/{application.id}/role-connection}, resources/user).
   *
   * @param applicationId the application
   * @return the request
   */
  default DeleteApplicationRoleConnection deleteApplicationRoleConnection(
      Id<ApplicationMarker> applicationId) {
    return new DeleteApplicationRoleConnection(transport(), applicationId);
  }
}
