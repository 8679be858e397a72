package dev.gloam.command.parser;

import java.io.Serial;

/**
 * A parser configuration that cannot work, or argument text that strict parsing refuses. Which one
 * is told by {@link #kind()}; for text, {@link #position()} is where in it the problem starts.
 *
 * <p>It extends {@link IllegalArgumentException}: both cases are arguments a method cannot accept.
 * A message that simply is not a command is never an error; {@link CommandParser#parse(String)}
 * returns an empty result for it.
 */
public final class CommandParseException extends IllegalArgumentException {
  @Serial private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Kind {
    /** A prefix is null, empty, or starts with whitespace. */
    INVALID_PREFIX,
    /** Two prefixes would match the same text. */
    DUPLICATE_PREFIX,
    /** A command name or alias is null, empty, or contains whitespace. */
    INVALID_COMMAND_NAME,
    /** Two commands (or a command and its own alias) would answer to the same word. */
    DUPLICATE_COMMAND_NAME,
    /** The parser was built without any prefix, or without any command, so nothing could match. */
    INCOMPLETE_CONFIG,
    /** An argument opens a quote that the text never closes (strict arguments only). */
    UNCLOSED_QUOTE,
    /** The text ends with a backslash that has nothing to escape (strict arguments only). */
    DANGLING_ESCAPE
  }

  private final Kind kind;
  private final int position;

  /**
   * Creates the exception.
   *
   * @param kind what is wrong
   * @param position the index in the parsed text where the problem starts, or -1 for a
   *     configuration error
   * @param message a description of the problem
   */
  public CommandParseException(Kind kind, int position, String message) {
    super(message);
    this.kind = kind;
    this.position = position;
  }

  static CommandParseException config(Kind kind, String message) {
    return new CommandParseException(kind, -1, message);
  }

  /**
   * Returns what is wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns where in the argument text the problem starts: the index (in UTF-16 units) of the
   * opening quote for {@link Kind#UNCLOSED_QUOTE}, of the backslash for {@link
   * Kind#DANGLING_ESCAPE}.
   *
   * @return the index, or -1 for configuration errors
   */
  public int position() {
    return position;
  }
}
