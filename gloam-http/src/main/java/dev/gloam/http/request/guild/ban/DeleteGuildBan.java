package dev.gloam.http.request.guild.ban;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Lifts the ban of a user. Maps "Remove Guild Ban" ({@code DELETE
 * /guilds/{guild.id}/bans/{user.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#deleteGuildBan}.
 *
 * <pre>{@code
 * client.deleteGuildBan(guildId, userId).reason("appeal accepted").send();
 * }</pre>
 */
public final class DeleteGuildBan extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#deleteGuildBan} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   */
  public DeleteGuildBan(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.UNBAN_USER_FROM_GUILD, BodyReader.empty(), guildId, userId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteGuildBan reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
