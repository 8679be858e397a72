package dev.gloam.validate;

import java.util.Collection;

/**
 * The building blocks of every check: lengths, counts and ranges. Text lengths are counted in
 * Unicode code points, as Discord counts characters.
 */
public final class Check {
  private Check() {}

  /**
   * Returns the number of characters in a text, as Discord counts them.
   *
   * @param text the text
   * @return the number of code points
   */
  public static int characters(CharSequence text) {
    return Character.codePointCount(text, 0, text.length());
  }

  /**
   * Checks that a text has at most {@code max} characters; {@code null} passes.
   *
   * @param field the field's path
   * @param text the text, or {@code null} if absent
   * @param max the most characters allowed
   * @throws ValidationException if the text is longer
   */
  public static void maxLength(String field, CharSequence text, int max) {
    length(field, text, 0, max);
  }

  /**
   * Checks that a text has between {@code min} and {@code max} characters; {@code null} passes.
   *
   * @param field the field's path
   * @param text the text, or {@code null} if absent
   * @param min the fewest characters allowed
   * @param max the most characters allowed
   * @throws ValidationException if the text is shorter or longer
   */
  public static void length(String field, CharSequence text, int min, int max) {
    if (text == null) {
      return;
    }
    int length = characters(text);
    if (length > max) {
      throw new ValidationException(
          field,
          ValidationException.Rule.TOO_LONG,
          Integer.toString(max),
          Integer.toString(length));
    }
    if (length < min) {
      throw new ValidationException(
          field,
          ValidationException.Rule.TOO_SHORT,
          Integer.toString(min),
          Integer.toString(length));
    }
  }

  /**
   * Checks that a list has between {@code min} and {@code max} items; {@code null} passes.
   *
   * @param field the field's path
   * @param items the items, or {@code null} if absent
   * @param min the fewest items allowed
   * @param max the most items allowed
   * @throws ValidationException if there are fewer or more
   */
  public static void count(String field, Collection<?> items, int min, int max) {
    if (items == null) {
      return;
    }
    int size = items.size();
    if (size > max) {
      throw new ValidationException(
          field, ValidationException.Rule.TOO_MANY, Integer.toString(max), Integer.toString(size));
    }
    if (size < min) {
      throw new ValidationException(
          field, ValidationException.Rule.TOO_FEW, Integer.toString(min), Integer.toString(size));
    }
  }

  /**
   * Checks that a number lies between {@code min} and {@code max}, both included.
   *
   * @param field the field's path
   * @param value the number
   * @param min the smallest allowed
   * @param max the largest allowed
   * @throws ValidationException if the number is outside the range
   */
  public static void range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new ValidationException(
          field, ValidationException.Rule.OUT_OF_RANGE, min + ".." + max, Long.toString(value));
    }
  }

  /**
   * Checks that a required value is present.
   *
   * @param field the field's path
   * @param value the value
   * @param why when Discord requires it, such as {@code "a message needs content, embeds,
   *     components, stickers, a poll or files"}
   * @throws ValidationException if the value is {@code null}
   */
  public static void required(String field, Object value, String why) {
    if (value == null) {
      throw new ValidationException(field, ValidationException.Rule.MISSING, why, "absent");
    }
  }
}
