package dev.gloam.validate.role;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;

/**
 * Checks of Create and Modify Guild Role (resources/guild and topics/permissions: a name of up to
 * 100 characters, colors as 24-bit RGB values, a unicode emoji of up to 100 characters).
 */
public final class RoleChecks {
  /** The fewest characters a role name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a role name may have. */
  public static final int NAME_MAX = 100;

  /** The largest RGB color value, {@code 0xFFFFFF}. */
  public static final int COLOR_MAX = 0xFFFFFF;

  /** The most characters a role's unicode emoji may have. */
  public static final int UNICODE_EMOJI_MAX = 100;

  private RoleChecks() {}

  /**
   * Checks a role's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it is empty or has more than {@value #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks an RGB color value of a role.
   *
   * @param field the field's path, such as {@code colors.primary_color}
   * @param color the color
   * @throws ValidationException if it is negative or above {@code 0xFFFFFF}
   */
  public static void color(String field, int color) {
    Check.range(field, color, 0, COLOR_MAX);
  }

  /**
   * Checks a role's unicode emoji.
   *
   * @param emoji the emoji, or {@code null} if absent or cleared
   * @throws ValidationException if it has more than {@value #UNICODE_EMOJI_MAX} characters
   */
  public static void unicodeEmoji(String emoji) {
    Check.maxLength("unicode_emoji", emoji, UNICODE_EMOJI_MAX);
  }
}
