package dev.gloam.mention;

import java.io.Serial;
import java.util.Objects;

/**
 * A text is not the mention it was read as. The {@link #kind()} says what is wrong and {@link
 * #index()} where, as a {@code char} index into the text.
 *
 * <p>It is an {@link IllegalArgumentException}, as {@link NumberFormatException} is: the text was
 * bad input. The message quotes at most the first {@value #QUOTED_MAX} characters of the text.
 *
 * <pre>{@code
 * try {
 *   Mention.parse("<t:1618953630:Z>");
 * } catch (MentionParseException e) {
 *   e.kind();  // UNKNOWN_TIMESTAMP_STYLE
 *   e.index(); // 14
 * }
 * }</pre>
 */
public final class MentionParseException extends IllegalArgumentException {
  @Serial private static final long serialVersionUID = 1L;

  /** Most characters of the text that the message quotes. */
  public static final int QUOTED_MAX = 64;

  /** What is wrong with the text. */
  public enum Kind {
    /** The text does not start like any mention (or is empty). */
    NOT_A_MENTION,
    /** The text ends before the mention's closing {@code >}. */
    UNCLOSED,
    /** An id is missing, has a character that is not a digit, or starts with a zero. */
    MALFORMED_ID,
    /** An id is 0 or larger than an unsigned 64-bit number; Discord uses neither. */
    ID_OUT_OF_RANGE,
    /** An emoji's or a slash command's name breaks Discord's naming rules. */
    MALFORMED_NAME,
    /**
     * A timestamp's seconds are missing, malformed or outside {@link java.time.Instant}'s range.
     */
    MALFORMED_TIMESTAMP,
    /** A timestamp's style is not one of {@link TimestampStyle}'s letters. */
    UNKNOWN_TIMESTAMP_STYLE,
    /** A guild navigation word is not one of {@link GuildNavigationType}'s. */
    UNKNOWN_NAVIGATION_TYPE,
    /** A well-formed mention is followed by more text. */
    TRAILING_TEXT,
    /** The text is a well-formed mention of another kind than the one asked for. */
    WRONG_TYPE
  }

  private final Kind kind;
  private final int index;

  /**
   * Creates the exception.
   *
   * @param kind what is wrong
   * @param index the {@code char} index in the text where it was found
   * @param text the text that was read
   * @param detail what was expected or found there
   */
  public MentionParseException(Kind kind, int index, String text, String detail) {
    super(describe(kind, index, text, detail));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.index = index;
  }

  /**
   * Returns what is wrong with the text.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns where the problem was found: a {@code char} (UTF-16) index into the text, as {@link
   * String#charAt(int)} counts.
   *
   * @return the index, from 0 to the text's length
   */
  public int index() {
    return index;
  }

  private static String describe(Kind kind, int index, String text, String detail) {
    String quoted = text;
    if (text.length() > QUOTED_MAX) {
      // Never cut a surrogate pair in half.
      int cut =
          Character.isHighSurrogate(text.charAt(QUOTED_MAX - 1)) ? QUOTED_MAX - 1 : QUOTED_MAX;
      quoted = text.substring(0, cut) + "\u2026";
    }
    return kind + " at index " + index + " of \"" + quoted + "\": " + detail;
  }
}
