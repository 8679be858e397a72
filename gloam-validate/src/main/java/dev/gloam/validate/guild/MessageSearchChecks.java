package dev.gloam.validate.guild;

import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;

/**
 * Checks of the query of Search Guild Messages (the limits of the OpenAPI description): content of
 * up to 1024 characters, pages of 1 to 25 results up to offset 9975, and caps on every list filter.
 */
public final class MessageSearchChecks {
  /** The most characters of the content to search for. */
  public static final int CONTENT_MAX = 1024;

  /** The largest slop (how far apart the words may be). */
  public static final int SLOP_MAX = 100;

  /** The fewest results a page may ask for. */
  public static final int LIMIT_MIN = 1;

  /** The most results a page may ask for. */
  public static final int LIMIT_MAX = 25;

  /** The largest offset. */
  public static final int OFFSET_MAX = 9975;

  /** The most values of a list filter of ids or texts (the channel filter has its own cap). */
  public static final int VALUES_MAX = 100;

  /** The most channels to search in. */
  public static final int CHANNELS_MAX = 500;

  /** The most characters of a host name, embed provider or file extension filter. */
  public static final int TEXT_FILTER_MAX = 256;

  /** The most characters of a file name filter. */
  public static final int FILENAME_MAX = 1024;

  private MessageSearchChecks() {}

  /**
   * Checks the content to search for.
   *
   * @param content the content, or {@code null} if absent
   * @throws ValidationException if it has more than {@value #CONTENT_MAX} characters
   */
  public static void content(String content) {
    Check.maxLength("content", content, CONTENT_MAX);
  }

  /**
   * Checks the slop.
   *
   * @param slop the slop
   * @throws ValidationException if it is outside 0..{@value #SLOP_MAX}
   */
  public static void slop(int slop) {
    Check.range("slop", slop, 0, SLOP_MAX);
  }

  /**
   * Checks the page size.
   *
   * @param limit the number of results
   * @throws ValidationException if it is outside {@value #LIMIT_MIN}..{@value #LIMIT_MAX}
   */
  public static void limit(int limit) {
    Check.range("limit", limit, LIMIT_MIN, LIMIT_MAX);
  }

  /**
   * Checks the offset.
   *
   * @param offset the number of results to skip
   * @throws ValidationException if it is outside 0..{@value #OFFSET_MAX}
   */
  public static void offset(int offset) {
    Check.range("offset", offset, 0, OFFSET_MAX);
  }

  /**
   * Checks the number of values of a list filter.
   *
   * @param field the parameter, such as {@code author_id}
   * @param values the values
   * @param max the most values allowed, such as {@value #VALUES_MAX}
   * @throws ValidationException if there are more than {@code max}
   */
  public static void values(String field, Collection<?> values, int max) {
    Check.count(field, values, 0, max);
  }

  /**
   * Checks the values of a list filter of texts.
   *
   * @param field the parameter, such as {@code link_hostname}
   * @param values the values
   * @param maxLength the most characters of each value
   * @throws ValidationException if there are more than {@value #VALUES_MAX} or one is too long
   */
  public static void texts(String field, Collection<String> values, int maxLength) {
    Check.count(field, values, 0, VALUES_MAX);
    int index = 0;
    for (String value : values) {
      Check.maxLength(field + "[" + index++ + "]", value, maxLength);
    }
  }
}
