package dev.gloam.mention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A timestamp the client shows in the reader's time zone and locale: {@code <t:TIMESTAMP>} or
 * {@code <t:TIMESTAMP:STYLE>}, with the time in whole seconds since the Unix epoch. Maps the "Unix
 * timestamp" rows and the "Timestamp Styles" table of Discord's "Message Formatting" section.
 *
 * <p>A timestamp without a style is kept apart from one with the default style spelled out, so that
 * each formats back to the text it was read from; {@link #effectiveStyle()} gives the style the
 * client shows either way. Times before 1970 are negative; the range is that of {@link Instant}.
 *
 * <pre>{@code
 * TimestampMention when = TimestampMention.parse("<t:1618953630:R>");
 * when.instant(); // 2021-04-20T21:20:30Z
 * when.style();   // Optional[RELATIVE]
 * }</pre>
 *
 * @param unixSeconds the moment, in seconds since 1970-01-01T00:00:00Z
 * @param style the style letter, or empty for none
 */
public record TimestampMention(long unixSeconds, Optional<TimestampStyle> style)
    implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code style} is null
   * @throws IllegalArgumentException if the seconds are outside {@link Instant}'s range
   */
  public TimestampMention {
    Objects.requireNonNull(style, "style");
    if (unixSeconds < Instant.MIN.getEpochSecond() || unixSeconds > Instant.MAX.getEpochSecond()) {
      throw new IllegalArgumentException(
          "a timestamp's seconds are outside the range of java.time.Instant: " + unixSeconds);
    }
  }

  /**
   * Reads a text that is exactly one timestamp.
   *
   * @param text the text, such as {@code <t:1618953630:d>}
   * @return the timestamp
   * @throws MentionParseException if the text is not exactly one well-formed timestamp
   */
  public static TimestampMention parse(String text) {
    return MarkupReader.parseWhole(text, TimestampMention.class);
  }

  /**
   * Reads a text that is exactly one timestamp, or returns empty.
   *
   * @param text the text
   * @return the timestamp, or empty if {@link #parse(String)} would throw
   */
  public static Optional<TimestampMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, TimestampMention.class);
  }

  /**
   * Returns the moment as an {@link Instant}.
   *
   * @return the moment, on a whole second
   */
  public Instant instant() {
    return Instant.ofEpochSecond(unixSeconds);
  }

  /**
   * Returns the style the client shows: the given one, else {@link TimestampStyle#DEFAULT}.
   *
   * @return the style
   */
  public TimestampStyle effectiveStyle() {
    return style.orElse(TimestampStyle.DEFAULT);
  }

  @Override
  public String format() {
    return style
        .map(s -> "<t:" + unixSeconds + ':' + s.letter() + '>')
        .orElse("<t:" + unixSeconds + '>');
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
