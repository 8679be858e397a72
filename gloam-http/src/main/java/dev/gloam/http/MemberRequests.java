package dev.gloam.http;

import dev.gloam.http.request.guild.ban.CreateGuildBan;
import dev.gloam.http.request.guild.ban.CreateGuildBulkBan;
import dev.gloam.http.request.guild.ban.DeleteGuildBan;
import dev.gloam.http.request.guild.ban.GetGuildBan;
import dev.gloam.http.request.guild.ban.GetGuildBans;
import dev.gloam.http.request.guild.member.AddGuildMember;
import dev.gloam.http.request.guild.member.AddGuildMemberRole;
import dev.gloam.http.request.guild.member.GetGuildMember;
import dev.gloam.http.request.guild.member.GetGuildMembers;
import dev.gloam.http.request.guild.member.RemoveGuildMember;
import dev.gloam.http.request.guild.member.RemoveGuildMemberRole;
import dev.gloam.http.request.guild.member.SearchGuildMembers;
import dev.gloam.http.request.guild.member.UpdateCurrentMember;
import dev.gloam.http.request.guild.member.UpdateGuildMember;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * Guild members and bans: list, search, add, change and remove members, their roles, and bans
 * (resources/guild, "Guild Member" and "Ban").
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/bans}
 *   <li>{@code DELETE /guilds/{guild_id}/bans/{user_id}}
 *   <li>{@code GET /guilds/{guild_id}/bans/{user_id}}
 *   <li>{@code PUT /guilds/{guild_id}/bans/{user_id}}
 *   <li>{@code POST /guilds/{guild_id}/bulk-ban}
 *   <li>{@code GET /guilds/{guild_id}/members}
 *   <li>{@code PATCH /guilds/{guild_id}/members/@me}
 *   <li>{@code GET /guilds/{guild_id}/members/search}
 *   <li>{@code DELETE /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code GET /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code PUT /guilds/{guild_id}/members/{user_id}}
 *   <li>{@code DELETE /guilds/{guild_id}/members/{user_id}/roles/{role_id}}
 *   <li>{@code PUT /guilds/{guild_id}/members/{user_id}/roles/{role_id}}
 * </ul>
 */
public sealed interface MemberRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Lists a page of members. Maps "List Guild Members" ({@code GET /guilds/{guild.id}/members},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildMembers guildMembers(Id<GuildMarker> guildId) {
    return new GetGuildMembers(transport(), guildId);
  }

  /**
   * Finds members by the start of their name. Maps "Search Guild Members" ({@code GET
   * /guilds/{guild.id}/members/search}, resources/guild).
   *
   * @param guildId the guild
   * @param query the start of usernames and nicknames, 1 to 100 characters
   * @return the request
   */
  default SearchGuildMembers searchGuildMembers(Id<GuildMarker> guildId, String query) {
    return new SearchGuildMembers(transport(), guildId, query);
  }

  /**
   * Gets a member. Maps "Get Guild Member" ({@code GET /guilds/{guild.id}/members/{user.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request
   */
  default GetGuildMember guildMember(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new GetGuildMember(transport(), guildId, userId);
  }

  /**
   * Adds a user with their OAuth2 access token. Maps "Add Guild Member" ({@code PUT
   * /guilds/{guild.id}/members/{user.id}}, resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @param accessToken the user's OAuth2 access token with the {@code guilds.join} scope
   * @return the request
   */
  default AddGuildMember addGuildMember(
      Id<GuildMarker> guildId, Id<UserMarker> userId, String accessToken) {
    return new AddGuildMember(transport(), guildId, userId, accessToken);
  }

  /**
   * Changes a member. Maps "Modify Guild Member" ({@code PATCH
   * /guilds/{guild.id}/members/{user.id}}, resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request
   */
  default UpdateGuildMember updateGuildMember(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new UpdateGuildMember(transport(), guildId, userId);
  }

  /**
   * Changes the bot's own member. Maps "Modify Current Member" ({@code PATCH
   * /guilds/{guild.id}/members/@me}, resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default UpdateCurrentMember updateCurrentMember(Id<GuildMarker> guildId) {
    return new UpdateCurrentMember(transport(), guildId);
  }

  /**
   * Removes (kicks) a member. Maps "Remove Guild Member" ({@code DELETE
   * /guilds/{guild.id}/members/{user.id}}, resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request
   */
  default RemoveGuildMember removeGuildMember(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new RemoveGuildMember(transport(), guildId, userId);
  }

  /**
   * Gives a member a role. Maps "Add Guild Member Role" ({@code PUT
   * /guilds/{guild.id}/members/{user.id}/roles/{role.id}}, resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @param roleId the role
   * @return the request
   */
  default AddGuildMemberRole addGuildMemberRole(
      Id<GuildMarker> guildId, Id<UserMarker> userId, Id<RoleMarker> roleId) {
    return new AddGuildMemberRole(transport(), guildId, userId, roleId);
  }

  /**
   * Takes a role from a member. Maps "Remove Guild Member Role" ({@code DELETE
   * /guilds/{guild.id}/members/{user.id}/roles/{role.id}}, resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @param roleId the role
   * @return the request
   */
  default RemoveGuildMemberRole removeGuildMemberRole(
      Id<GuildMarker> guildId, Id<UserMarker> userId, Id<RoleMarker> roleId) {
    return new RemoveGuildMemberRole(transport(), guildId, userId, roleId);
  }

  /**
   * Lists a page of bans. Maps "Get Guild Bans" ({@code GET /guilds/{guild.id}/bans},
   * resources/guild).
   *
   * @param guildId the guild
   * @return the request
   */
  default GetGuildBans guildBans(Id<GuildMarker> guildId) {
    return new GetGuildBans(transport(), guildId);
  }

  /**
   * Gets the ban of a user. Maps "Get Guild Ban" ({@code GET /guilds/{guild.id}/bans/{user.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request
   */
  default GetGuildBan guildBan(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new GetGuildBan(transport(), guildId, userId);
  }

  /**
   * Bans a user. Maps "Create Guild Ban" ({@code PUT /guilds/{guild.id}/bans/{user.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request
   */
  default CreateGuildBan createGuildBan(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new CreateGuildBan(transport(), guildId, userId);
  }

  /**
   * Lifts a ban. Maps "Remove Guild Ban" ({@code DELETE /guilds/{guild.id}/bans/{user.id}},
   * resources/guild).
   *
   * @param guildId the guild
   * @param userId the user
   * @return the request
   */
  default DeleteGuildBan deleteGuildBan(Id<GuildMarker> guildId, Id<UserMarker> userId) {
    return new DeleteGuildBan(transport(), guildId, userId);
  }

  /**
   * Bans up to 200 users at once. Maps "Bulk Guild Ban" ({@code POST /guilds/{guild.id}/bulk-ban},
   * resources/guild).
   *
   * @param guildId the guild
   * @param userIds the users to ban, 1 to 200
   * @return the request
   */
  default CreateGuildBulkBan createGuildBulkBan(
      Id<GuildMarker> guildId, List<Id<UserMarker>> userIds) {
    return new CreateGuildBulkBan(transport(), guildId, userIds);
  }
}
