package dev.gloam.mention;

import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Finds every mention in a message's text, with its position: user, channel and role mentions,
 * custom emojis, slash commands, timestamps, guild navigation links, {@code @everyone} and {@code
 * @here}. Maps the "Message Formatting" section of Discord's reference.
 *
 * <p>How it reads a text:
 *
 * <ul>
 *   <li>Positions are {@code char} (UTF-16) indexes into the text, as {@link String} counts them;
 *       an emoji or other character outside the Basic Multilingual Plane before a mention counts
 *       as two.
 *   <li>Malformed markup ({@code <@abc>}, {@code <@0>}, {@code <t:1:Z>}, an unclosed {@code <@1})
 *       is skipped: the scan goes on with the next character, so {@code <@1<@2>} finds {@code
 *       <@2>}. Mentions never overlap; adjacent ones ({@code <@1><@2>}) are all found.
 *   <li>Markdown is not interpreted: a mention inside {@code `code`}, a code block or after a
 *       backslash is found too, although the client shows it as plain text there.
 *   <li>{@code @everyone} and {@code @here} are found wherever those characters are, even inside a
 *       word; filter them out with {@link #scan(CharSequence, Class)} if only markup is wanted.
 * </ul>
 *
 * <p>The text is read lazily as the stream is consumed; it should not change meanwhile.
 *
 * <pre>{@code
 * MentionScanner.scan(message.content(), UserMention.class)
 *     .map(found -> found.mention().id())
 *     .forEach(userId -> ...);
 * }</pre>
 */
public final class MentionScanner {
  private MentionScanner() {}

  /**
   * Returns every mention in the text, in order.
   *
   * @param text the text, such as a message's content
   * @return the mentions with their positions
   */
  public static Stream<FoundMention<Mention>> scan(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return StreamSupport.stream(new Scan(text), false);
  }

  /**
   * Returns the mentions of one kind in the text, in order.
   *
   * @param text the text, such as a message's content
   * @param kind the kind to keep, such as {@code UserMention.class} or {@code Mention.class} for
   *     all
   * @param <M> the kind of mention
   * @return the mentions of that kind with their positions
   */
  public static <M extends Mention> Stream<FoundMention<M>> scan(CharSequence text, Class<M> kind) {
    Objects.requireNonNull(kind, "kind");
    return scan(text)
        .filter(found -> kind.isInstance(found.mention()))
        .map(found -> new FoundMention<>(kind.cast(found.mention()), found.start(), found.end()));
  }

  /**
   * Returns the first mention that starts at or after an index, in the way {@link
   * java.util.regex.Matcher#find(int)} does; a loop can go on from the found mention's {@link
   * FoundMention#end() end}.
   *
   * @param text the text
   * @param from the index to start looking at
   * @return the first mention from there, or empty if there is none
   * @throws IndexOutOfBoundsException if {@code from} is negative or past the text's length
   */
  public static Optional<FoundMention<Mention>> find(CharSequence text, int from) {
    Objects.requireNonNull(text, "text");
    Objects.checkIndex(from, text.length() + 1);
    return Optional.ofNullable(next(new MarkupReader(text), text, from));
  }

  private static FoundMention<Mention> next(MarkupReader reader, CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '@') {
        Mention mention = reader.read(i);
        if (mention != null) {
          return new FoundMention<>(mention, i, reader.end());
        }
      }
    }
    return null;
  }

  /** Walks the text once, each step going on where the last found mention ended. */
  private static final class Scan extends Spliterators.AbstractSpliterator<FoundMention<Mention>> {
    private final CharSequence text;
    private final MarkupReader reader;
    private int position;

    Scan(CharSequence text) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.text = text;
      this.reader = new MarkupReader(text);
    }

    @Override
    public boolean tryAdvance(Consumer<? super FoundMention<Mention>> action) {
      FoundMention<Mention> found = next(reader, text, position);
      if (found == null) {
        position = text.length();
        return false;
      }
      position = found.end();
      action.accept(found);
      return true;
    }
  }
}
