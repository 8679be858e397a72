package dev.gloam.http.request.guild.ban;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.member.BanChecks;
import java.time.Duration;

/**
 * Bans a user from a guild (removing them if they are a member), and optionally deletes their
 * recent messages. Maps "Create Guild Ban" ({@code PUT /guilds/{guild.id}/bans/{user.id}},
 * resources/guild). Obtained from {@link dev.gloam.http.MemberRequests#createGuildBan}.
 *
 * <pre>{@code
 * client.createGuildBan(guildId, userId)
 *     .deleteMessages(Duration.ofDays(1))
 *     .reason("raid")
 *     .send();
 * }</pre>
 */
public final class CreateGuildBan extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#createGuildBan} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user to ban
   */
  public CreateGuildBan(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.BAN_USER_FROM_GUILD, BodyReader.empty(), guildId, userId);
  }

  /**
   * Sets how many seconds back the user's messages are deleted, 0 to 604800 (7 days).
   *
   * @param seconds the seconds
   * @return this request
   */
  public CreateGuildBan deleteMessageSeconds(int seconds) {
    json().set("delete_message_seconds", seconds);
    check(() -> BanChecks.deleteMessageSeconds(seconds));
    return this;
  }

  /**
   * Sets how far back the user's messages are deleted: the same as {@link #deleteMessageSeconds}
   * with the duration in whole seconds.
   *
   * @param duration how far back, at most 7 days
   * @return this request
   */
  public CreateGuildBan deleteMessages(Duration duration) {
    return deleteMessageSeconds((int) Math.min(Integer.MAX_VALUE, duration.toSeconds()));
  }

  /**
   * Sets how many days back the user's messages are deleted, 0 to 7. Deprecated by Discord in
   * favour of {@link #deleteMessageSeconds}.
   *
   * @param days the days
   * @return this request
   */
  public CreateGuildBan deleteMessageDays(int days) {
    json().set("delete_message_days", days);
    check(() -> BanChecks.deleteMessageDays(days));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log and in the ban.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildBan reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
