package dev.gloam.validate.sticker;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;

/**
 * Checks of the fields of guild stickers (resources/sticker, "Create Guild Sticker": a name of 2 to
 * 30 characters, a description that is empty or has 2 to 100, tags of 1 to 200, and a file of at
 * most 512 KiB).
 */
public final class StickerChecks {
  /** The fewest characters a name may have. */
  public static final int NAME_MIN = 2;

  /** The most characters a name may have. */
  public static final int NAME_MAX = 30;

  /** The fewest characters a non-empty description may have. */
  public static final int DESCRIPTION_MIN = 2;

  /** The most characters a description may have. */
  public static final int DESCRIPTION_MAX = 100;

  /** The fewest characters the tags may have. */
  public static final int TAGS_MIN = 1;

  /** The most characters the tags may have. */
  public static final int TAGS_MAX = 200;

  /** The largest file, in bytes (512 KiB). */
  public static final int FILE_MAX_BYTES = 512 * 1024;

  private StickerChecks() {}

  /**
   * Checks a sticker's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it has fewer than {@value #NAME_MIN} or more than {@value
   *     #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks a sticker's description; the empty text passes, as it means "no description".
   *
   * @param description the description, or {@code null} if absent
   * @throws ValidationException if it has 1, or more than {@value #DESCRIPTION_MAX}, characters
   */
  public static void description(String description) {
    if (description == null || description.isEmpty()) {
      return;
    }
    Check.length("description", description, DESCRIPTION_MIN, DESCRIPTION_MAX);
  }

  /**
   * Checks a sticker's tags (the suggestion keywords, one text).
   *
   * @param tags the tags, or {@code null} if absent
   * @throws ValidationException if they are empty or longer than {@value #TAGS_MAX} characters
   */
  public static void tags(String tags) {
    Check.length("tags", tags, TAGS_MIN, TAGS_MAX);
  }

  /**
   * Checks the size of a sticker's file.
   *
   * @param bytes the file's size in bytes
   * @throws ValidationException if it is larger than {@value #FILE_MAX_BYTES} bytes
   */
  public static void file(long bytes) {
    if (bytes > FILE_MAX_BYTES) {
      throw new ValidationException(
          "file",
          ValidationException.Rule.OUT_OF_RANGE,
          "at most " + FILE_MAX_BYTES + " bytes",
          bytes + " bytes");
    }
  }
}
