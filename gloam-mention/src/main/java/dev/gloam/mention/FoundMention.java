package dev.gloam.mention;

import java.util.Objects;

/**
 * A mention that {@link MentionScanner} found in a text, with where it is. The positions are {@code
 * char} (UTF-16) indexes, as {@link String#substring(int, int)} takes them: {@code
 * text.substring(start, end)} is exactly {@code mention.format()}.
 *
 * <pre>{@code
 * FoundMention<Mention> first = MentionScanner.find("hi <@1234>!", 0).orElseThrow();
 * first.start(); // 3
 * first.end();   // 10
 * }</pre>
 *
 * @param mention the mention
 * @param start the index of its first character
 * @param end the index just past its last character
 * @param <M> the kind of mention
 */
public record FoundMention<M extends Mention>(M mention, int start, int end) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code mention} is null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} not after it
   */
  public FoundMention {
    Objects.requireNonNull(mention, "mention");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a found mention spans start " + start + " to end " + end + ", 0 <= start < end");
    }
  }

  /**
   * Returns how many {@code char}s the mention takes in the text.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }
}
