package dev.gloam.command.parser;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * What a message must start with to be read as a command: a fixed text such as {@code "!"} or
 * {@code "gloam "}, or a mention of the bot.
 *
 * <pre>{@code
 * Prefix bang = Prefix.of("!");
 * Prefix name = Prefix.ignoringCase("gloam ");   // also "Gloam ", "GLOAM "
 * Prefix me = Prefix.mention(botUserId);         // "<@id>" or "<@!id>", then optional spaces
 * }</pre>
 */
public sealed interface Prefix {

  /**
   * A prefix matched exactly, character for character.
   *
   * @param text the prefix
   * @return the prefix
   * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_PREFIX} if the
   *     text is null, empty or starts with whitespace
   */
  static Prefix of(String text) {
    return new Literal(text, false);
  }

  /**
   * A prefix matched ignoring case, compared per character as {@link String#equalsIgnoreCase} does;
   * useful for word prefixes such as {@code "gloam "}.
   *
   * @param text the prefix
   * @return the prefix
   * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_PREFIX} if the
   *     text is null, empty or starts with whitespace
   */
  static Prefix ignoringCase(String text) {
    return new Literal(text, true);
  }

  /**
   * A mention of a user, normally the bot itself, as Discord writes it in message content: {@code
   * <@id>}, or the older {@code <@!id>} (Discord's "Message Formatting" reference). Whitespace
   * after the mention is skipped, so {@code "<@id> ping"} and {@code "<@id>ping"} both work.
   *
   * @param userId the user whose mention is the prefix
   * @return the prefix
   * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_PREFIX} if the
   *     id is null
   */
  static Prefix mention(Id<UserMarker> userId) {
    return new Mention(userId);
  }

  /**
   * Returns the texts a message may start with for this prefix, the forms it accepts.
   *
   * @return one text for a literal, two for a mention
   */
  List<String> forms();

  /**
   * Tells whether whitespace after the prefix is skipped before the command name. It is for
   * mentions, and for literals that end in whitespace (so {@code "gloam "} also accepts {@code
   * "gloam ping"}); after other literals the command must follow at once ({@code "! ping"} is not a
   * command for {@code "!"}).
   *
   * @return whether whitespace after the prefix is skipped
   */
  boolean skipsWhitespace();

  /**
   * A fixed text prefix.
   *
   * @param text the text, not empty and not starting with whitespace
   * @param ignoreCase whether case is ignored when matching
   */
  record Literal(String text, boolean ignoreCase) implements Prefix {
    /**
     * Checks the text.
     *
     * @param text the text, not empty and not starting with whitespace
     * @param ignoreCase whether case is ignored when matching
     * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_PREFIX} for a
     *     null or empty text, or one that starts with whitespace
     */
    public Literal {
      if (text == null || text.isEmpty()) {
        throw CommandParseException.config(
            CommandParseException.Kind.INVALID_PREFIX, "a prefix must not be null or empty");
      }
      if (Text.startsWithSeparator(text)) {
        // The message's content starts at the prefix; a leading space could never be typed there.
        throw CommandParseException.config(
            CommandParseException.Kind.INVALID_PREFIX,
            "the prefix \"" + text + "\" must not start with whitespace");
      }
    }

    @Override
    public List<String> forms() {
      return List.of(text);
    }

    @Override
    public boolean skipsWhitespace() {
      return Text.endsWithSeparator(text);
    }

    /**
     * Returns the text in quotes, marked when case is ignored: {@code "gloam " (ignoring case)}.
     */
    @Override
    public String toString() {
      return '"' + text + '"' + (ignoreCase ? " (ignoring case)" : "");
    }
  }

  /**
   * A user mention prefix, in both of Discord's forms.
   *
   * @param userId the mentioned user
   */
  record Mention(Id<UserMarker> userId) implements Prefix {
    /**
     * Checks the id.
     *
     * @param userId the mentioned user
     * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_PREFIX} for a
     *     null id
     */
    public Mention {
      if (userId == null) {
        throw CommandParseException.config(
            CommandParseException.Kind.INVALID_PREFIX, "a mention prefix needs a user id");
      }
    }

    @Override
    public List<String> forms() {
      return List.of("<@" + userId + ">", "<@!" + userId + ">");
    }

    @Override
    public boolean skipsWhitespace() {
      return true;
    }

    /** Returns the mention as Discord writes it: {@code <@id>}. */
    @Override
    public String toString() {
      return "<@" + userId + ">";
    }
  }
}
