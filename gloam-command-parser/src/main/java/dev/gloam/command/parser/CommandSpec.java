package dev.gloam.command.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command the parser knows: its canonical name, the aliases it also answers to, and whether the
 * typed word must match their case.
 *
 * <p>Names and aliases are single words: not empty and without whitespace. Commands ignore case
 * unless made case-sensitive; case is compared per character as {@link String#equalsIgnoreCase}
 * does, independent of the default locale.
 *
 * <pre>{@code
 * CommandSpec echo = CommandSpec.of("echo", "say");              // also "ECHO", "Say"
 * CommandSpec ban = CommandSpec.of("BAN").withCaseSensitive(true); // only "BAN"
 * }</pre>
 *
 * @param name the canonical name, reported as {@link Command#name()}
 * @param aliases other words the command answers to, in the order given
 * @param caseSensitive whether the typed word must match the case of the name or alias
 */
public record CommandSpec(String name, List<String> aliases, boolean caseSensitive) {

  /**
   * Checks the name and aliases, and copies the aliases.
   *
   * @param name the canonical name
   * @param aliases other words the command answers to
   * @param caseSensitive whether the typed word must match case
   * @throws CommandParseException of kind {@link CommandParseException.Kind#INVALID_COMMAND_NAME}
   *     for a null, empty or whitespace-containing name or alias, or of kind {@link
   *     CommandParseException.Kind#DUPLICATE_COMMAND_NAME} if an alias repeats the name or another
   *     alias
   */
  public CommandSpec {
    checkWord(name, "command name");
    if (aliases == null) {
      throw CommandParseException.config(
          CommandParseException.Kind.INVALID_COMMAND_NAME,
          "the aliases of command \"" + name + "\" must not be null");
    }
    List<String> seen = new ArrayList<>();
    seen.add(name);
    for (String alias : aliases) {
      checkWord(alias, "alias of command \"" + name + "\"");
      for (String earlier : seen) {
        if (caseSensitive ? earlier.equals(alias) : Text.fold(earlier).equals(Text.fold(alias))) {
          throw CommandParseException.config(
              CommandParseException.Kind.DUPLICATE_COMMAND_NAME,
              "command \"" + name + "\" lists \"" + alias + "\" twice (as \"" + earlier + "\")");
        }
      }
      seen.add(alias);
    }
    aliases = List.copyOf(aliases);
  }

  /**
   * A command that ignores case.
   *
   * @param name the canonical name
   * @param aliases other words the command answers to
   * @return the command
   * @throws CommandParseException as the constructor does
   */
  public static CommandSpec of(String name, String... aliases) {
    if (aliases == null) {
      return new CommandSpec(name, null, false);
    }
    return new CommandSpec(name, Arrays.asList(aliases), false);
  }

  /**
   * Returns this command with the given case rule.
   *
   * @param caseSensitive {@code true} if the typed word must match a name or alias exactly, {@code
   *     false} to ignore case
   * @return the command with that rule
   */
  public CommandSpec withCaseSensitive(boolean caseSensitive) {
    return new CommandSpec(name, aliases, caseSensitive);
  }

  /**
   * Returns the name followed by the aliases.
   *
   * @return every word the command answers to
   */
  public List<String> words() {
    List<String> words = new ArrayList<>(aliases.size() + 1);
    words.add(name);
    words.addAll(aliases);
    return List.copyOf(words);
  }

  private static void checkWord(String word, String what) {
    if (word == null || word.isEmpty()) {
      throw CommandParseException.config(
          CommandParseException.Kind.INVALID_COMMAND_NAME, "a " + what + " must not be empty");
    }
    if (Text.containsSeparator(word)) {
      // The command ends at the first whitespace of the message, so such a word never matches.
      throw CommandParseException.config(
          CommandParseException.Kind.INVALID_COMMAND_NAME,
          "the " + what + " \"" + word + "\" must be one word, without whitespace");
    }
  }
}
