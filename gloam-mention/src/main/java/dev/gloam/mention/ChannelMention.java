package dev.gloam.mention;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * A channel mention, {@code <#ID>}. Maps the "Channel" row of Discord's "Message Formatting" table.
 *
 * <pre>{@code
 * ChannelMention mention = ChannelMention.parse("<#103735883630395392>");
 * mention.id(); // 103735883630395392
 * }</pre>
 *
 * @param id the mentioned channel
 */
public record ChannelMention(Id<ChannelMarker> id) implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public ChannelMention {
    Objects.requireNonNull(id, "id");
  }

  /**
   * Reads a text that is exactly one channel mention.
   *
   * @param text the text, such as {@code <#103735883630395392>}
   * @return the mention
   * @throws MentionParseException if the text is not exactly one well-formed channel mention
   */
  public static ChannelMention parse(String text) {
    return MarkupReader.parseWhole(text, ChannelMention.class);
  }

  /**
   * Reads a text that is exactly one channel mention, or returns empty.
   *
   * @param text the text
   * @return the mention, or empty if {@link #parse(String)} would throw
   */
  public static Optional<ChannelMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, ChannelMention.class);
  }

  @Override
  public String format() {
    return "<#" + id + '>';
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
