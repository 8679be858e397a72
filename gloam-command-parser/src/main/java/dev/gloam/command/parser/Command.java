package dev.gloam.command.parser;

import java.util.Objects;

/**
 * A command found at the start of a message by {@link CommandParser#parse(String)}.
 *
 * <pre>{@code
 * // "!SAY  \"hello there\" you" with prefix "!" and CommandSpec.of("echo", "say"):
 * command.prefix()     // Prefix.of("!")
 * command.name()       // "echo"
 * command.alias()      // "SAY", as typed
 * command.rest()       // "\"hello there\" you"
 * command.arguments()  // "hello there", "you"
 * }</pre>
 *
 * @param prefix the configured prefix the message started with
 * @param name the command's canonical name, as configured
 * @param alias the word that named the command, exactly as typed (the name or an alias, in the
 *     typed case)
 * @param rest the text after the command word and the whitespace that follows it; otherwise
 *     unchanged, so trailing whitespace, quotes and backslashes are kept
 */
public record Command(Prefix prefix, String name, String alias, String rest) {

  /**
   * Checks that no component is null.
   *
   * @param prefix the configured prefix the message started with
   * @param name the command's canonical name
   * @param alias the word that named the command, as typed
   * @param rest the text after the command word
   */
  public Command {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(rest, "rest");
  }

  /**
   * Returns a new lenient iterator over the arguments in {@link #rest()}; each call starts over.
   *
   * @return the arguments, read as {@link Arguments.Mode#LENIENT}
   */
  public Arguments arguments() {
    return Arguments.of(rest, Arguments.Mode.LENIENT);
  }

  /**
   * Returns a new iterator over the arguments in {@link #rest()}; each call starts over.
   *
   * @param mode whether malformed quotes and escapes are errors
   * @return the arguments
   */
  public Arguments arguments(Arguments.Mode mode) {
    return Arguments.of(rest, mode);
  }
}
