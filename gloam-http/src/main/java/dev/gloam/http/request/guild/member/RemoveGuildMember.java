package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Removes (kicks) a member from a guild. Maps "Remove Guild Member" ({@code DELETE
 * /guilds/{guild.id}/members/{user.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#removeGuildMember}.
 *
 * <pre>{@code
 * client.removeGuildMember(guildId, userId).reason("spam").send();
 * }</pre>
 */
public final class RemoveGuildMember extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#removeGuildMember} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   */
  public RemoveGuildMember(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.DELETE_GUILD_MEMBER, BodyReader.empty(), guildId, userId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public RemoveGuildMember reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
