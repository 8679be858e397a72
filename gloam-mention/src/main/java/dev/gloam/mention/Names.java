package dev.gloam.mention;

import java.util.regex.Pattern;

/** The name rules that formatting and parsing share, so that both accept the same markup. */
final class Names {
  /** Most characters in an emoji name; Discord's limit for emoji names. */
  static final int EMOJI_NAME_MAX = 32;

  /** Most characters in one word of a slash command's name. */
  static final int COMMAND_NAME_MAX = 32;

  // Discord's rule for CHAT_INPUT command and option names (application commands, "Application
  // Command Naming"); Java counts the quantifier in code points, as Discord's unicode regex does.
  private static final Pattern COMMAND_NAME =
      Pattern.compile("[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1," + COMMAND_NAME_MAX + "}");

  private Names() {}

  static boolean isEmojiNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** Returns why the name is not a valid emoji name, or null if it is. */
  static String emojiNameProblem(String name) {
    if (name.isEmpty()) {
      return "an emoji name is empty";
    }
    if (name.length() > EMOJI_NAME_MAX) {
      return "an emoji name has more than " + EMOJI_NAME_MAX + " characters";
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isEmojiNameChar(name.charAt(i))) {
        return "an emoji name may hold only letters A-Z, digits and underscores, not '"
            + name.charAt(i)
            + "'";
      }
    }
    return null;
  }

  /** Returns why the word is not a valid command, group or subcommand name, or null if it is. */
  static String commandNameProblem(String name) {
    if (name.isEmpty()) {
      return "a command name is empty";
    }
    if (!COMMAND_NAME.matcher(name).matches()) {
      return "a command name has 1 to "
          + COMMAND_NAME_MAX
          + " letters, digits, '-', '_' or '\\'' and no spaces: \""
          + name
          + "\"";
    }
    // Discord stores chat-input names in lower case where a letter has a lower-case form.
    if (name.codePoints().anyMatch(c -> Character.toLowerCase(c) != c)) {
      return "a command name must be lower case: \"" + name + "\"";
    }
    return null;
  }

  static void checkEmojiName(String name) {
    String problem = emojiNameProblem(name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  static void checkCommandName(String role, String name) {
    String problem = commandNameProblem(name);
    if (problem != null) {
      throw new IllegalArgumentException(role + ": " + problem);
    }
  }
}
