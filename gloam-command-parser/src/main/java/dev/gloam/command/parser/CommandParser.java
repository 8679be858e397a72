package dev.gloam.command.parser;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a prefix command at the start of a message's text, such as {@code !ban} or {@code @bot
 * help}. Built once, it is immutable and safe to share between threads; parsing a message that does
 * not start with a prefix costs a few character comparisons and allocates nothing.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li><b>Prefix.</b> The text must start with a configured {@link Prefix}, at its very first
 *       character. Literal prefixes match exactly, or ignoring case if made with {@link
 *       Prefix#ignoringCase(String)}; a mention prefix matches {@code <@id>} and {@code <@!id>}.
 *       Whitespace after the prefix is skipped only after a mention or a prefix that itself ends in
 *       whitespace (see {@link Prefix#skipsWhitespace()}).
 *   <li><b>Command word.</b> The command is the word right after the prefix, up to the next
 *       whitespace or the end of the text, and must equal a command's name or alias (ignoring case
 *       unless the command is {@linkplain CommandSpec#caseSensitive() case-sensitive}). So a
 *       command is always followed by whitespace or the end: {@code !pinged} is not {@code !ping},
 *       and of {@code ban} and {@code banall}, {@code !banall} is always the longer one.
 *   <li><b>Overlapping prefixes.</b> Longer prefixes are tried first, and the first one after which
 *       a command word follows wins: with {@code !} and {@code !!}, {@code !!ping} is {@code ping}
 *       after {@code !!}; should no command follow {@code !!}, {@code !} is tried next.
 *   <li><b>Rest.</b> Whitespace after the command word is skipped; the text after it is {@link
 *       Command#rest()}, split into arguments by {@link Command#arguments()}.
 * </ol>
 *
 * <p>The parser only reads text: it does not look at who sent a message, so a bot that echoes
 * should skip messages from bots, itself included.
 *
 * <pre>{@code
 * CommandParser parser = CommandParser.builder()
 *     .prefixes("!", "?")
 *     .forMention(botUserId)
 *     .command("echo", "say")
 *     .command(CommandSpec.of("ban").withCaseSensitive(true))
 *     .build();
 *
 * parser.parse("!say hello").ifPresent(command -> reply(command.rest()));
 * }</pre>
 */
public final class CommandParser {
  // An array, so that the loop over it on every message needs no iterator.
  private final Candidate[] candidates;
  private final List<Prefix> prefixes;
  private final List<CommandSpec> commands;
  private final Map<String, CommandSpec> exact;
  private final Map<String, CommandSpec> folded;

  // One text a message may start with; a mention prefix gives two.
  private record Candidate(String text, Prefix prefix, boolean ignoreCase) {}

  private CommandParser(Builder builder) {
    this.prefixes = List.copyOf(builder.prefixes);
    this.commands = List.copyOf(builder.commands);
    List<Candidate> all = new ArrayList<>();
    for (Prefix prefix : prefixes) {
      boolean ignoreCase = prefix instanceof Prefix.Literal literal && literal.ignoreCase();
      for (String form : prefix.forms()) {
        all.add(new Candidate(form, prefix, ignoreCase));
      }
    }
    all.sort(Comparator.comparingInt((Candidate c) -> c.text().length()).reversed());
    this.candidates = all.toArray(Candidate[]::new);
    Map<String, CommandSpec> exactWords = new HashMap<>();
    Map<String, CommandSpec> foldedWords = new HashMap<>();
    for (CommandSpec command : commands) {
      for (String word : command.words()) {
        if (command.caseSensitive()) {
          exactWords.put(word, command);
        } else {
          foldedWords.put(Text.fold(word), command);
        }
      }
    }
    this.exact = Map.copyOf(exactWords);
    this.folded = Map.copyOf(foldedWords);
  }

  /**
   * Starts a parser configuration.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the command a text starts with.
   *
   * @param content the message text
   * @return the command, or empty if the text does not start with a prefix and a known command
   */
  public Optional<Command> parse(String content) {
    Objects.requireNonNull(content, "content");
    for (Candidate candidate : candidates) {
      String text = candidate.text();
      if (!content.regionMatches(candidate.ignoreCase(), 0, text, 0, text.length())) {
        continue;
      }
      int start =
          candidate.prefix().skipsWhitespace()
              ? Text.skipSeparators(content, text.length())
              : text.length();
      int end = Text.wordEnd(content, start);
      if (end == start) {
        continue;
      }
      String typed = content.substring(start, end);
      CommandSpec command = lookup(typed);
      if (command != null) {
        String rest = content.substring(Text.skipSeparators(content, end));
        return Optional.of(new Command(candidate.prefix(), command.name(), typed, rest));
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the command a message's content starts with. Without the {@code MESSAGE_CONTENT} intent
   * the content is empty (except in messages that mention the bot), so nothing is found.
   *
   * @param message the message
   * @return the command, or empty
   */
  public Optional<Command> parse(Message message) {
    return parse(message.content());
  }

  /**
   * Finds the command a newly created message starts with.
   *
   * @param event the MESSAGE_CREATE event
   * @return the command, or empty
   */
  public Optional<Command> parse(MessageCreate event) {
    return parse(event.content());
  }

  /**
   * Returns the configured prefixes, in the order they were added.
   *
   * @return the prefixes
   */
  public List<Prefix> prefixes() {
    return prefixes;
  }

  /**
   * Returns the configured commands, in the order they were added.
   *
   * @return the commands
   */
  public List<CommandSpec> commands() {
    return commands;
  }

  private CommandSpec lookup(String typed) {
    CommandSpec command = exact.get(typed);
    if (command == null && !folded.isEmpty()) {
      command = folded.get(Text.fold(typed));
    }
    return command;
  }

  /**
   * Collects prefixes and commands; {@link #build()} checks that they cannot be confused.
   *
   * <p>Each method checks its own argument at once (throwing {@link CommandParseException}); {@link
   * #build()} checks the whole: at least one prefix and one command, no two prefixes that match the
   * same text, no two commands that answer to the same word. A builder is not thread-safe.
   */
  public static final class Builder {
    private final Set<Prefix> prefixes = new LinkedHashSet<>();
    private final List<CommandSpec> commands = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a prefix.
     *
     * @param prefix the prefix
     * @return this builder
     * @throws CommandParseException of kind {@link CommandParseException.Kind#DUPLICATE_PREFIX} if
     *     an equal prefix was added before, or {@link CommandParseException.Kind#INVALID_PREFIX}
     *     for null
     */
    public Builder prefix(Prefix prefix) {
      if (prefix == null) {
        throw CommandParseException.config(
            CommandParseException.Kind.INVALID_PREFIX, "a prefix must not be null");
      }
      if (!prefixes.add(prefix)) {
        throw CommandParseException.config(
            CommandParseException.Kind.DUPLICATE_PREFIX,
            "the prefix " + prefix + " is added twice");
      }
      return this;
    }

    /**
     * Adds a literal prefix, matched exactly.
     *
     * @param prefix the prefix text, such as {@code "!"}
     * @return this builder
     * @throws CommandParseException as {@link Prefix#of(String)} and {@link #prefix(Prefix)} do
     */
    public Builder prefix(String prefix) {
      return prefix(Prefix.of(prefix));
    }

    /**
     * Adds literal prefixes, matched exactly.
     *
     * @param prefixes the prefix texts, such as {@code "!", "?"}
     * @return this builder
     * @throws CommandParseException as {@link #prefix(String)} does
     */
    public Builder prefixes(String... prefixes) {
      Objects.requireNonNull(prefixes, "prefixes");
      for (String prefix : prefixes) {
        prefix(prefix);
      }
      return this;
    }

    /**
     * Adds a mention of the bot as a prefix, so that {@code @bot ping} works (see {@link
     * Prefix#mention(Id)}).
     *
     * @param botUserId the bot's user id
     * @return this builder
     * @throws CommandParseException as {@link Prefix#mention(Id)} and {@link #prefix(Prefix)} do
     */
    public Builder forMention(Id<UserMarker> botUserId) {
      return prefix(Prefix.mention(botUserId));
    }

    /**
     * Adds a command that ignores case.
     *
     * @param name the canonical name
     * @param aliases other words it answers to
     * @return this builder
     * @throws CommandParseException as {@link CommandSpec#of(String, String...)} does
     */
    public Builder command(String name, String... aliases) {
      return command(CommandSpec.of(name, aliases));
    }

    /**
     * Adds a command.
     *
     * @param command the command
     * @return this builder
     * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_COMMAND_NAME}
     *     for null
     */
    public Builder command(CommandSpec command) {
      if (command == null) {
        throw CommandParseException.config(
            CommandParseException.Kind.INVALID_COMMAND_NAME, "a command must not be null");
      }
      commands.add(command);
      return this;
    }

    /**
     * Checks the configuration as a whole and builds the parser.
     *
     * @return the parser
     * @throws CommandParseException of kind {@link CommandParseException.Kind#INCOMPLETE_CONFIG}
     *     without a prefix or a command, {@link CommandParseException.Kind#DUPLICATE_PREFIX} if two
     *     prefixes match the same text (such as {@code "Go"} and {@code ignoringCase("go")}), or
     *     {@link CommandParseException.Kind#DUPLICATE_COMMAND_NAME} if two commands answer to the
     *     same word (taking their case rules into account)
     */
    public CommandParser build() {
      if (prefixes.isEmpty()) {
        throw CommandParseException.config(
            CommandParseException.Kind.INCOMPLETE_CONFIG, "a command parser needs a prefix");
      }
      if (commands.isEmpty()) {
        throw CommandParseException.config(
            CommandParseException.Kind.INCOMPLETE_CONFIG, "a command parser needs a command");
      }
      checkPrefixes();
      checkCommands();
      return new CommandParser(this);
    }

    private void checkPrefixes() {
      List<Candidate> seen = new ArrayList<>();
      for (Prefix prefix : prefixes) {
        boolean ignoreCase = prefix instanceof Prefix.Literal literal && literal.ignoreCase();
        for (String form : prefix.forms()) {
          for (Candidate earlier : seen) {
            boolean either = ignoreCase || earlier.ignoreCase();
            if (either ? earlier.text().equalsIgnoreCase(form) : earlier.text().equals(form)) {
              throw CommandParseException.config(
                  CommandParseException.Kind.DUPLICATE_PREFIX,
                  "the prefixes "
                      + earlier.prefix()
                      + " and "
                      + prefix
                      + " both match \""
                      + form
                      + "\"");
            }
          }
          seen.add(new Candidate(form, prefix, ignoreCase));
        }
      }
    }

    private void checkCommands() {
      for (int i = 0; i < commands.size(); i++) {
        CommandSpec command = commands.get(i);
        for (int j = 0; j < i; j++) {
          CommandSpec earlier = commands.get(j);
          for (String word : command.words()) {
            for (String earlierWord : earlier.words()) {
              // A word both must match exactly only clashes exactly; otherwise case is ignored.
              boolean clash =
                  command.caseSensitive() && earlier.caseSensitive()
                      ? word.equals(earlierWord)
                      : Text.fold(word).equals(Text.fold(earlierWord));
              if (clash) {
                throw CommandParseException.config(
                    CommandParseException.Kind.DUPLICATE_COMMAND_NAME,
                    "commands \""
                        + earlier.name()
                        + "\" and \""
                        + command.name()
                        + "\" both answer to \""
                        + word
                        + "\"");
              }
            }
          }
        }
      }
    }
  }
}
