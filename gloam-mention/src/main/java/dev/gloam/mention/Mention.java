package dev.gloam.mention;

import java.util.Optional;

/**
 * A piece of Discord's message markup that the client renders specially: a user, channel or role
 * mention, a custom emoji, a slash command, a timestamp, a guild navigation link, or {@code
 * @everyone}/{@code @here}. Maps the "Message Formatting" section of Discord's reference.
 *
 * <p>Every mention knows its markup ({@link #format()}, also its {@code toString()}), so it can be
 * concatenated into message content. {@link #parse(String)} reads a whole string back; a parsed
 * mention formats to exactly the text it was read from, and {@code Mention.parse(m.format())}
 * equals {@code m} for every mention.
 *
 * <pre>{@code
 * switch (Mention.parse("<@&165511591545143296>")) {
 *   case RoleMention role -> System.out.println("role " + role.id());
 *   default -> System.out.println("something else");
 * }
 * }</pre>
 */
public sealed interface Mention
    permits UserMention,
        ChannelMention,
        RoleMention,
        EmojiMention,
        CommandMention,
        TimestampMention,
        GuildNavigationMention,
        EveryoneMention {

  /**
   * Returns the markup Discord renders as this mention, such as {@code <@80351110224678912>}.
   *
   * @return the markup
   */
  String format();

  /**
   * Reads a text that is exactly one mention, with nothing before or after it (not even spaces).
   *
   * @param text the text, such as {@code <#103735883630395392>}
   * @return the mention
   * @throws MentionParseException if the text is not exactly one well-formed mention; its {@link
   *     MentionParseException#kind() kind} tells why
   */
  static Mention parse(String text) {
    return MarkupReader.parseWhole(text, Mention.class);
  }

  /**
   * Reads a text that is exactly one mention, for callers to whom "not a mention" is normal.
   *
   * @param text the text
   * @return the mention, or empty if {@link #parse(String)} would throw
   */
  static Optional<Mention> tryParse(String text) {
    return MarkupReader.tryParseWhole(text, Mention.class);
  }
}
