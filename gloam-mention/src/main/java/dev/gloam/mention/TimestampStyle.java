package dev.gloam.mention;

import java.util.Optional;

/**
 * How the client shows a {@link TimestampMention}: the letter after the second colon in {@code
 * <t:TIMESTAMP:STYLE>}. Maps Discord's "Timestamp Styles" table; the client shows every style in
 * the reader's own time zone and locale.
 *
 * <p>The set is closed: the client does not render a timestamp with a letter it does not know, so
 * the parser rejects such markup ({@link MentionParseException.Kind#UNKNOWN_TIMESTAMP_STYLE})
 * rather than keep a style nobody would see.
 */
public enum TimestampStyle {
  /** {@code t}: the time without seconds, such as 16:20. */
  SHORT_TIME('t'),
  /** {@code T}: the time with seconds, such as 16:20:30. */
  MEDIUM_TIME('T'),
  /** {@code d}: the date in digits, such as 20/04/2021. */
  SHORT_DATE('d'),
  /** {@code D}: the date with the month's name, such as April 20, 2021. */
  LONG_DATE('D'),
  /** {@code f}: long date and short time; what the client shows when no style is given. */
  LONG_DATE_SHORT_TIME('f'),
  /** {@code F}: the date with the weekday and short time. */
  FULL_DATE_SHORT_TIME('F'),
  /** {@code s}: date in digits and short time. */
  SHORT_DATE_SHORT_TIME('s'),
  /** {@code S}: date in digits and time with seconds. */
  SHORT_DATE_MEDIUM_TIME('S'),
  /** {@code R}: the distance from now, such as "in 3 days" or "4 years ago". */
  RELATIVE('R');

  /** The style the client uses for {@code <t:TIMESTAMP>}, without a letter. */
  public static final TimestampStyle DEFAULT = LONG_DATE_SHORT_TIME;

  private final char letter;

  TimestampStyle(char letter) {
    this.letter = letter;
  }

  /**
   * Returns the letter that names the style in the markup.
   *
   * @return the letter, such as {@code 'R'}
   */
  public char letter() {
    return letter;
  }

  /**
   * Returns the style a letter names; letters are case sensitive ({@code t} and {@code T} differ).
   *
   * @param letter the letter from the markup
   * @return the style, or empty if Discord lists no style for the letter
   */
  public static Optional<TimestampStyle> fromLetter(char letter) {
    for (TimestampStyle style : values()) {
      if (style.letter == letter) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }
}
