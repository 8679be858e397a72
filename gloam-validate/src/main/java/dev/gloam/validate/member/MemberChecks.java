package dev.gloam.validate.member;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * Checks of guild member requests (resources/guild, "List Guild Members", "Search Guild Members",
 * "Add Guild Member", "Modify Guild Member", "Modify Current Member"): nicknames of 1 to 32
 * characters, timeouts of at most 28 days, page sizes of 1 to 1000.
 */
public final class MemberChecks {
  /** The fewest characters a nickname may have (an empty one is sent as {@code null}). */
  public static final int NICKNAME_MIN = 1;

  /** The most characters a nickname may have. */
  public static final int NICKNAME_MAX = 32;

  /** How far in the future a timeout may end. */
  public static final Duration TIMEOUT_MAX = Duration.ofDays(28);

  /** The fewest members a page of List or Search Guild Members may ask for. */
  public static final int LIMIT_MIN = 1;

  /** The most members a page of List or Search Guild Members may ask for. */
  public static final int LIMIT_MAX = 1000;

  /** The fewest characters a member search query may have. */
  public static final int QUERY_MIN = 1;

  /** The most characters a member search query may have. */
  public static final int QUERY_MAX = 100;

  /** The most roles Add Guild Member may give. */
  public static final int ADD_ROLES_MAX = 250;

  /** The most roles Modify Guild Member may set. */
  public static final int ROLES_MAX = 350;

  /** The most characters the current member's guild bio may have. */
  public static final int BIO_MAX = 190;

  /** The most characters an OAuth2 access token may have. */
  public static final int ACCESS_TOKEN_MAX = 10240;

  private MemberChecks() {}

  /**
   * Checks a nickname.
   *
   * @param nick the nickname, or {@code null} if absent or cleared
   * @throws ValidationException if it is empty or has more than {@value #NICKNAME_MAX} characters
   */
  public static void nick(String nick) {
    Check.length("nick", nick, NICKNAME_MIN, NICKNAME_MAX);
  }

  /**
   * Checks when a timeout ends: no later than 28 days after {@code now}. A moment in the past is
   * allowed (Discord reads it as no timeout).
   *
   * @param until when the timeout ends, or {@code null} if absent or cleared
   * @param now the current moment
   * @throws ValidationException if {@code until} is more than 28 days after {@code now}
   */
  public static void communicationDisabledUntil(Instant until, Instant now) {
    if (until == null) {
      return;
    }
    Duration ahead = Duration.between(now, until);
    if (ahead.compareTo(TIMEOUT_MAX) > 0) {
      throw new ValidationException(
          "communication_disabled_until",
          ValidationException.Rule.OUT_OF_RANGE,
          "at most " + TIMEOUT_MAX.toDays() + " days ahead",
          ahead.toSeconds() + " seconds ahead");
    }
  }

  /**
   * Checks the page size of List Guild Members.
   *
   * @param limit the number of members
   * @throws ValidationException if it is outside {@value #LIMIT_MIN}..{@value #LIMIT_MAX}
   */
  public static void listLimit(int limit) {
    Check.range("limit", limit, LIMIT_MIN, LIMIT_MAX);
  }

  /**
   * Checks the page size of Search Guild Members.
   *
   * @param limit the number of members
   * @throws ValidationException if it is outside {@value #LIMIT_MIN}..{@value #LIMIT_MAX}
   */
  public static void searchLimit(int limit) {
    Check.range("limit", limit, LIMIT_MIN, LIMIT_MAX);
  }

  /**
   * Checks the query of Search Guild Members, which is required.
   *
   * @param query the start of usernames and nicknames to match
   * @throws ValidationException if it is missing, empty or longer than {@value #QUERY_MAX}
   *     characters
   */
  public static void searchQuery(String query) {
    Check.required("query", query, "a member search needs a query");
    Check.length("query", query, QUERY_MIN, QUERY_MAX);
  }

  /**
   * Checks the roles given by Add Guild Member.
   *
   * @param roles the role ids, or {@code null} if absent
   * @throws ValidationException if there are more than {@value #ADD_ROLES_MAX}
   */
  public static void addRoles(Collection<?> roles) {
    Check.count("roles", roles, 0, ADD_ROLES_MAX);
  }

  /**
   * Checks the roles set by Modify Guild Member.
   *
   * @param roles the role ids, or {@code null} if absent or cleared
   * @throws ValidationException if there are more than {@value #ROLES_MAX}
   */
  public static void roles(Collection<?> roles) {
    Check.count("roles", roles, 0, ROLES_MAX);
  }

  /**
   * Checks the current member's guild bio.
   *
   * @param bio the bio, or {@code null} if absent or cleared
   * @throws ValidationException if it has more than {@value #BIO_MAX} characters
   */
  public static void bio(String bio) {
    Check.maxLength("bio", bio, BIO_MAX);
  }

  /**
   * Checks the OAuth2 access token of Add Guild Member, which is required. The error never contains
   * the token.
   *
   * @param accessToken the token
   * @throws ValidationException if it is missing, empty or longer than {@value #ACCESS_TOKEN_MAX}
   *     characters
   */
  public static void accessToken(String accessToken) {
    Check.required("access_token", accessToken, "adding a member needs the user's access token");
    Check.length("access_token", accessToken, 1, ACCESS_TOKEN_MAX);
  }
}
