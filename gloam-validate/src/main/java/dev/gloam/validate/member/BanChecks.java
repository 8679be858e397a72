package dev.gloam.validate.member;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;

/**
 * Checks of ban requests (resources/guild, "Get Guild Bans", "Create Guild Ban", "Bulk Guild Ban"):
 * pages of 1 to 1000 bans, up to 7 days of messages deleted, 1 to 200 users per bulk ban.
 */
public final class BanChecks {
  /** The fewest bans a page may ask for. */
  public static final int LIMIT_MIN = 1;

  /** The most bans a page may ask for. */
  public static final int LIMIT_MAX = 1000;

  /** The most seconds of messages a ban may delete: 7 days. */
  public static final int DELETE_MESSAGE_SECONDS_MAX = 604_800;

  /** The most days of messages a ban may delete with the deprecated field. */
  public static final int DELETE_MESSAGE_DAYS_MAX = 7;

  /** The fewest users a bulk ban takes. */
  public static final int BULK_BAN_USERS_MIN = 1;

  /** The most users a bulk ban takes. */
  public static final int BULK_BAN_USERS_MAX = 200;

  private BanChecks() {}

  /**
   * Checks the page size of Get Guild Bans.
   *
   * @param limit the number of bans
   * @throws ValidationException if it is outside {@value #LIMIT_MIN}..{@value #LIMIT_MAX}
   */
  public static void limit(int limit) {
    Check.range("limit", limit, LIMIT_MIN, LIMIT_MAX);
  }

  /**
   * Checks how many seconds of the banned users' messages are deleted.
   *
   * @param seconds the seconds
   * @throws ValidationException if it is outside 0..{@value #DELETE_MESSAGE_SECONDS_MAX}
   */
  public static void deleteMessageSeconds(int seconds) {
    Check.range("delete_message_seconds", seconds, 0, DELETE_MESSAGE_SECONDS_MAX);
  }

  /**
   * Checks how many days of the banned user's messages are deleted (deprecated field).
   *
   * @param days the days
   * @throws ValidationException if it is outside 0..{@value #DELETE_MESSAGE_DAYS_MAX}
   */
  public static void deleteMessageDays(int days) {
    Check.range("delete_message_days", days, 0, DELETE_MESSAGE_DAYS_MAX);
  }

  /**
   * Checks the users of a bulk ban.
   *
   * @param userIds the user ids, or {@code null} if absent
   * @throws ValidationException if they are missing, or there are fewer than {@value
   *     #BULK_BAN_USERS_MIN} or more than {@value #BULK_BAN_USERS_MAX}
   */
  public static void bulkBanUsers(Collection<?> userIds) {
    Check.required("user_ids", userIds, "a bulk ban needs the users to ban");
    Check.count("user_ids", userIds, BULK_BAN_USERS_MIN, BULK_BAN_USERS_MAX);
  }
}
