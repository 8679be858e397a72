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
 * Gives a member a role. Maps "Add Guild Member Role" ({@code PUT
 * /guilds/{guild.id}/members/{user.id}/roles/{role.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#addGuildMemberRole}.
 *
 * <pre>{@code
 * client.addGuildMemberRole(guildId, userId, roleId).reason("verified").send();
 * }</pre>
 */
public final class AddGuildMemberRole extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#addGuildMemberRole} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   * @param roleId the role
   */
  public AddGuildMemberRole(
      Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId, Id<RoleMarker> roleId) {
    super(transport, Route.ADD_GUILD_MEMBER_ROLE, BodyReader.empty(), guildId, userId, roleId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public AddGuildMemberRole reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
