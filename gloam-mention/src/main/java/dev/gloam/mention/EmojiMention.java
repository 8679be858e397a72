package dev.gloam.mention;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom emoji, {@code <:NAME:ID>}, or an animated one, {@code <a:NAME:ID>}. Maps the "Custom
 * emoji" rows of Discord's "Message Formatting" table. Standard emojis are plain unicode text and
 * not mentions.
 *
 * <p>The name is 1 to 32 ASCII letters, digits and underscores, the characters Discord allows in
 * emoji names (Discord asks for at least 2 when an emoji is created; markup with one still renders,
 * so one is accepted).
 *
 * <pre>{@code
 * EmojiMention lol = EmojiMention.parse("<:mmLol:216154654256398347>");
 * lol.name();     // "mmLol"
 * lol.animated(); // false
 * }</pre>
 *
 * @param name the emoji's name
 * @param id the emoji's id
 * @param animated whether the emoji is animated (the {@code a} before the name)
 */
public record EmojiMention(String name, Id<EmojiMarker> id, boolean animated) implements Mention {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code name} or {@code id} is null
   * @throws IllegalArgumentException if the name is empty, longer than 32 characters, or has
   *     characters other than ASCII letters, digits and underscores
   */
  public EmojiMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    Names.checkEmojiName(name);
  }

  /**
   * Reads a text that is exactly one custom emoji, animated or not.
   *
   * @param text the text, such as {@code <a:b1nzy:392938283556143104>}
   * @return the emoji
   * @throws MentionParseException if the text is not exactly one well-formed custom emoji
   */
  public static EmojiMention parse(String text) {
    return MarkupReader.parseWhole(text, EmojiMention.class);
  }

  /**
   * Reads a text that is exactly one custom emoji, or returns empty.
   *
   * @param text the text
   * @return the emoji, or empty if {@link #parse(String)} would throw
   */
  public static Optional<EmojiMention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, EmojiMention.class);
  }

  @Override
  public String format() {
    return (animated ? "<a:" : "<:") + name + ':' + id + '>';
  }

  /** Returns the markup, as {@link #format()} does. */
  @Override
  public String toString() {
    return format();
  }
}
