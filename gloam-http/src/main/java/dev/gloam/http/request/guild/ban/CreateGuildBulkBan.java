package dev.gloam.http.request.guild.ban;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.BulkBanResult;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.member.BanChecks;
import java.util.List;

/**
 * Bans up to 200 users at once, and optionally deletes their recent messages. The answer tells
 * which users were banned and which were not (for example because they already were); if none could
 * be banned Discord answers with error 500000. Needs {@code BAN_MEMBERS} and {@code MANAGE_GUILD}.
 * Maps "Bulk Guild Ban" ({@code POST /guilds/{guild.id}/bulk-ban}, resources/guild). Obtained from
 * {@link dev.gloam.http.MemberRequests#createGuildBulkBan}.
 *
 * <pre>{@code
 * BulkBanResult result = client.createGuildBulkBan(guildId, raiderIds)
 *     .deleteMessageSeconds(3600)
 *     .reason("raid")
 *     .send().model();
 * }</pre>
 */
public final class CreateGuildBulkBan extends Request<BulkBanResult> {
  private List<Id<UserMarker>> userIds;

  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#createGuildBulkBan} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userIds the users to ban, 1 to 200
   */
  public CreateGuildBulkBan(
      Transport transport, Id<GuildMarker> guildId, List<Id<UserMarker>> userIds) {
    super(transport, Route.BULK_BAN_USERS_FROM_GUILD, BodyReader.of(BulkBanResult.class), guildId);
    userIds(userIds);
  }

  /**
   * Sets the users to ban, 1 to 200.
   *
   * @param userIds the users
   * @return this request
   */
  public CreateGuildBulkBan userIds(List<Id<UserMarker>> userIds) {
    this.userIds = List.copyOf(userIds);
    json().set("user_ids", this.userIds);
    return this;
  }

  /**
   * Sets how many seconds back the users' messages are deleted, 0 to 604800 (7 days).
   *
   * @param seconds the seconds
   * @return this request
   */
  public CreateGuildBulkBan deleteMessageSeconds(int seconds) {
    json().set("delete_message_seconds", seconds);
    check(() -> BanChecks.deleteMessageSeconds(seconds));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildBulkBan reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    BanChecks.bulkBanUsers(userIds);
  }
}
