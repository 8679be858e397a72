package dev.gloam.validate.user;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks of the fields a user or an app changes about a user (resources/user, "Usernames and
 * Nicknames" and "Update Current User Application Role Connection").
 */
public final class UserChecks {
  /** The fewest characters of a username. */
  public static final int USERNAME_MIN = 2;

  /** The most characters of a username. */
  public static final int USERNAME_MAX = 32;

  /** Substrings a username may not contain. */
  public static final List<String> USERNAME_FORBIDDEN_SUBSTRINGS =
      List.of("@", "#", ":", "```", "discord");

  /** Whole usernames that are not allowed. */
  public static final List<String> USERNAME_FORBIDDEN_NAMES = List.of("everyone", "here");

  /** The most characters of a role connection's platform name. */
  public static final int PLATFORM_NAME_MAX = 50;

  /** The most characters of a role connection's platform username. */
  public static final int PLATFORM_USERNAME_MAX = 100;

  /** The most characters of a role connection metadata value. */
  public static final int METADATA_VALUE_MAX = 100;

  private UserChecks() {}

  /**
   * Checks a username: {@value #USERNAME_MIN} to {@value #USERNAME_MAX} characters, none of the
   * forbidden substrings (case-insensitive) and not one of the reserved names.
   *
   * @param field the field's path
   * @param username the username, or {@code null} if absent
   * @throws ValidationException if the username breaks a rule
   */
  public static void username(String field, String username) {
    if (username == null) {
      return;
    }
    Check.length(field, username, USERNAME_MIN, USERNAME_MAX);
    String lower = username.toLowerCase(Locale.ROOT);
    for (String forbidden : USERNAME_FORBIDDEN_SUBSTRINGS) {
      if (lower.contains(forbidden)) {
        throw new ValidationException(
            field, ValidationException.Rule.NOT_ALLOWED, "no \"" + forbidden + "\"", "contains it");
      }
    }
    if (USERNAME_FORBIDDEN_NAMES.contains(lower.strip())) {
      throw new ValidationException(
          field,
          ValidationException.Rule.NOT_ALLOWED,
          "not " + USERNAME_FORBIDDEN_NAMES,
          "reserved");
    }
  }

  /**
   * Checks a role connection's platform name: at most {@value #PLATFORM_NAME_MAX} characters.
   *
   * @param platformName the name, or {@code null} if absent
   * @throws ValidationException if it is too long
   */
  public static void platformName(String platformName) {
    Check.maxLength("platform_name", platformName, PLATFORM_NAME_MAX);
  }

  /**
   * Checks a role connection's platform username: at most {@value #PLATFORM_USERNAME_MAX}
   * characters.
   *
   * @param platformUsername the username, or {@code null} if absent
   * @throws ValidationException if it is too long
   */
  public static void platformUsername(String platformUsername) {
    Check.maxLength("platform_username", platformUsername, PLATFORM_USERNAME_MAX);
  }

  /**
   * Checks a role connection's metadata: each value at most {@value #METADATA_VALUE_MAX}
   * characters.
   *
   * @param metadata the values by metadata key, or {@code null} if absent
   * @throws ValidationException if a value is too long
   */
  public static void roleConnectionMetadata(Map<String, String> metadata) {
    if (metadata != null) {
      metadata.forEach(
          (key, value) -> Check.maxLength("metadata." + key, value, METADATA_VALUE_MAX));
    }
  }
}
