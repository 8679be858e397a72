package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Takes a role from a member. Maps "Remove Guild Member Role" ({@code DELETE
 * /guilds/{guild.id}/members/{user.id}/roles/{role.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#removeGuildMemberRole}.
 *
 * <pre>{@code
 * client.removeGuildMemberRole(guildId, userId, roleId).send();
 * }</pre>
 */
public final class RemoveGuildMemberRole extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#removeGuildMemberRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   * @param roleId the role
   */
  public RemoveGuildMemberRole(
      Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId, Id<RoleMarker> roleId) {
    super(transport, Route.DELETE_GUILD_MEMBER_ROLE, BodyReader.empty(), guildId, userId, roleId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public RemoveGuildMemberRole reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
