package dev.gloam.http.request.guild.auditlog;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.auditlog.AuditLog;
import dev.gloam.model.guild.auditlog.AuditLogEvent;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AuditLogEntryMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.guild.GuildChecks;

/**
 * Gets entries of a guild's audit log, newest first unless {@link #after} is set. Maps "Get Guild
 * Audit Log" ({@code GET /guilds/{guild.id}/audit-logs}, resources/audit-log). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildAuditLog}.
 *
 * <pre>{@code
 * AuditLog bans = client.guildAuditLog(guildId)
 *     .actionType(AuditLogEvent.MEMBER_BAN_ADD)
 *     .limit(10)
 *     .send().model();
 * }</pre>
 */
public final class GetGuildAuditLog extends Request<AuditLog> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildAuditLog} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildAuditLog(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_AUDIT_LOG_ENTRIES, BodyReader.of(AuditLog.class), guildId);
  }

  /**
   * Gets only the entries of actions this user took.
   *
   * @param userId the user who acted
   * @return this request
   */
  public GetGuildAuditLog userId(Id<UserMarker> userId) {
    query().set("user_id", userId);
    return this;
  }

  /**
   * Gets only the entries about this target (a user, role, channel, ...).
   *
   * @param targetId the target's id
   * @return this request
   */
  public GetGuildAuditLog targetId(Id<GenericMarker> targetId) {
    query().set("target_id", targetId);
    return this;
  }

  /**
   * Gets only the entries of this kind of action.
   *
   * @param actionType the kind of action
   * @return this request
   */
  public GetGuildAuditLog actionType(AuditLogEvent actionType) {
    query().set("action_type", actionType.value());
    return this;
  }

  /**
   * Gets entries older than this one, newest first.
   *
   * @param before the entry to page back from
   * @return this request
   */
  public GetGuildAuditLog before(Id<AuditLogEntryMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Gets entries newer than this one, oldest first ({@code Id.of(0)} starts at the oldest).
   *
   * @param after the entry to page forward from
   * @return this request
   */
  public GetGuildAuditLog after(Id<AuditLogEntryMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many entries to get, 1 to 100 (default 50).
   *
   * @param limit the number of entries
   * @return this request
   */
  public GetGuildAuditLog limit(int limit) {
    query().set("limit", limit);
    check(() -> GuildChecks.auditLogLimit(limit));
    return this;
  }
}
