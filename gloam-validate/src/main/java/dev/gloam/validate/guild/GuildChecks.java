package dev.gloam.validate.guild;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Checks of guild requests (resources/guild and resources/audit-log): the guild's name and
 * description, the AFK timeout, prune, the audit log and join request pages, and incident actions.
 */
public final class GuildChecks {
  /** The fewest characters a guild name may have. */
  public static final int NAME_MIN = 2;

  /** The most characters a guild name may have. */
  public static final int NAME_MAX = 100;

  /** The most characters a guild description may have. */
  public static final int DESCRIPTION_MAX = 300;

  /** The AFK timeouts Discord accepts, in seconds. */
  public static final Set<Integer> AFK_TIMEOUTS = Set.of(60, 300, 900, 1800, 3600);

  /** The fewest days of inactivity a prune may count. */
  public static final int PRUNE_DAYS_MIN = 1;

  /** The most days of inactivity a prune may count. */
  public static final int PRUNE_DAYS_MAX = 30;

  /** The most roles a prune may include. */
  public static final int PRUNE_INCLUDE_ROLES_MAX = 100;

  /** The fewest audit log entries a page may ask for. */
  public static final int AUDIT_LOG_LIMIT_MIN = 1;

  /** The most audit log entries a page may ask for. */
  public static final int AUDIT_LOG_LIMIT_MAX = 100;

  /** The fewest join requests a page may ask for. */
  public static final int JOIN_REQUESTS_LIMIT_MIN = 1;

  /** The most join requests a page may ask for. */
  public static final int JOIN_REQUESTS_LIMIT_MAX = 100;

  /** The most characters the reason for rejecting a join request may have. */
  public static final int REJECTION_REASON_MAX = 160;

  /** How far ahead invites or DMs may be paused by an incident action. */
  public static final Duration INCIDENT_ACTION_MAX = Duration.ofHours(24);

  private GuildChecks() {}

  /**
   * Checks a guild's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks a guild's description.
   *
   * @param description the description, or {@code null} if absent or cleared
   * @throws ValidationException if it has more than {@value #DESCRIPTION_MAX} characters
   */
  public static void description(String description) {
    Check.maxLength("description", description, DESCRIPTION_MAX);
  }

  /**
   * Checks an AFK timeout: one of 60, 300, 900, 1800 and 3600 seconds.
   *
   * @param seconds the timeout in seconds
   * @throws ValidationException if it is another value
   */
  public static void afkTimeout(int seconds) {
    if (!AFK_TIMEOUTS.contains(seconds)) {
      throw new ValidationException(
          "afk_timeout",
          ValidationException.Rule.NOT_ALLOWED,
          "60, 300, 900, 1800 or 3600",
          Integer.toString(seconds));
    }
  }

  /**
   * Checks the days of inactivity of a prune or prune count.
   *
   * @param days the days
   * @throws ValidationException if they are outside {@value #PRUNE_DAYS_MIN}..{@value
   *     #PRUNE_DAYS_MAX}
   */
  public static void pruneDays(int days) {
    Check.range("days", days, PRUNE_DAYS_MIN, PRUNE_DAYS_MAX);
  }

  /**
   * Checks the roles a prune includes.
   *
   * @param roleIds the role ids, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #PRUNE_INCLUDE_ROLES_MAX}
   */
  public static void pruneIncludeRoles(Collection<?> roleIds) {
    Check.count("include_roles", roleIds, 0, PRUNE_INCLUDE_ROLES_MAX);
  }

  /**
   * Checks the page size of Get Guild Audit Log.
   *
   * @param limit the number of entries
   * @throws ValidationException if it is outside {@value #AUDIT_LOG_LIMIT_MIN}..{@value
   *     #AUDIT_LOG_LIMIT_MAX}
   */
  public static void auditLogLimit(int limit) {
    Check.range("limit", limit, AUDIT_LOG_LIMIT_MIN, AUDIT_LOG_LIMIT_MAX);
  }

  /**
   * Checks the page size of the join requests list.
   *
   * @param limit the number of join requests
   * @throws ValidationException if it is outside {@value #JOIN_REQUESTS_LIMIT_MIN}..{@value
   *     #JOIN_REQUESTS_LIMIT_MAX}
   */
  public static void joinRequestsLimit(int limit) {
    Check.range("limit", limit, JOIN_REQUESTS_LIMIT_MIN, JOIN_REQUESTS_LIMIT_MAX);
  }

  /**
   * Checks the reason given when rejecting a join request.
   *
   * @param reason the reason, or {@code null} if absent
   * @throws ValidationException if it has more than {@value #REJECTION_REASON_MAX} characters
   */
  public static void rejectionReason(String reason) {
    Check.maxLength("rejection_reason", reason, REJECTION_REASON_MAX);
  }

  /**
   * Checks when an incident action ends: no later than 24 hours after {@code now}.
   *
   * @param field {@code invites_disabled_until} or {@code dms_disabled_until}
   * @param until when the action ends, or {@code null} if absent or cleared
   * @param now the current moment
   * @throws ValidationException if {@code until} is more than 24 hours after {@code now}
   */
  public static void incidentActionUntil(String field, Instant until, Instant now) {
    if (until == null) {
      return;
    }
    Duration ahead = Duration.between(now, until);
    if (ahead.compareTo(INCIDENT_ACTION_MAX) > 0) {
      throw new ValidationException(
          field,
          ValidationException.Rule.OUT_OF_RANGE,
          "at most " + INCIDENT_ACTION_MAX.toHours() + " hours ahead",
          ahead.toSeconds() + " seconds ahead");
    }
  }
}
