package dev.gloam.mention;

import java.util.Optional;

/**
 * {@code @everyone} or {@code @here}: plain text that notifies every member of the channel, or
 * those online, if the author may and {@code allowed_mentions} lets it. Discord's messages say so
 * in {@code mention_everyone}; its "Message Formatting" table does not list them because they are
 * not markup in angle brackets.
 *
 * <pre>{@code
 * EveryoneMention.parse("@here"); // HERE
 * }</pre>
 */
public enum EveryoneMention implements Mention {
  /** {@code @everyone}: every member who can see the channel. */
  EVERYONE("@everyone"),
  /** {@code @here}: the members who can see the channel and are online. */
  HERE("@here");

  private final String text;

  EveryoneMention(String text) {
    this.text = text;
  }

  /**
   * Reads a text that is exactly {@code @everyone} or {@code @here}.
   *
   * @param text the text
   * @return the mention
   * @throws MentionParseException if the text is neither
   */
  public static EveryoneMention parse(String text) {
    return MarkupReader.parseWhole(text, EveryoneMention.class);
  }

  /**
   * Reads a text that is exactly {@code @everyone} or {@code @here}, or returns empty.
   *
   * @param text the text
   * @return the mention, or empty if {@link #parse(String)} would throw
   */
  public static Optional<EveryoneMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, EveryoneMention.class);
  }

  @Override
  public String format() {
    return text;
  }

  /** Returns the text, as {@link #format()} does. */
  @Override
  public String toString() {
    return text;
  }
}
