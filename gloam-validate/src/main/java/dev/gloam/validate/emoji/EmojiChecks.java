package dev.gloam.validate.emoji;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.regex.Pattern;

/**
 * Checks of the fields of guild and application emojis (resources/emoji, "Create Guild Emoji": the
 * name has 2 to 32 characters of letters, digits and underscores, the image at most 256 KiB).
 */
public final class EmojiChecks {
  /** The fewest characters a name may have. */
  public static final int NAME_MIN = 2;

  /** The most characters a name may have. */
  public static final int NAME_MAX = 32;

  /** The largest image, in bytes (256 KiB), animated or not. */
  public static final int IMAGE_MAX_BYTES = 256 * 1024;

  /** What a name may consist of; Discord refuses spaces, dashes and other symbols. */
  public static final String NAME_PATTERN = "[A-Za-z0-9_]+";

  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

  private EmojiChecks() {}

  /**
   * Checks an emoji's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters, or characters other than letters, digits and underscores
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
    if (name != null && !NAME.matcher(name).matches()) {
      throw new ValidationException("name", ValidationException.Rule.MALFORMED, NAME_PATTERN, name);
    }
  }

  /**
   * Checks the size of an emoji's image (the decoded file, not its data URI).
   *
   * @param bytes the image's size in bytes
   * @throws ValidationException if it is larger than {@value #IMAGE_MAX_BYTES} bytes
   */
  public static void image(long bytes) {
    if (bytes > IMAGE_MAX_BYTES) {
      throw new ValidationException(
          "image",
          ValidationException.Rule.OUT_OF_RANGE,
          "at most " + IMAGE_MAX_BYTES + " bytes",
          bytes + " bytes");
    }
  }
}
