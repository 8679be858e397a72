package dev.gloam.command.parser;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The arguments of a command, read one at a time from its text, as a shell-like but forgiving
 * splitter.
 *
 * <ul>
 *   <li>Arguments are separated by runs of whitespace: any Java whitespace character or Unicode
 *       space separator (so tabs, newlines and the no-break space U+00A0 separate too).
 *   <li>An argument that <em>starts</em> with a double quote {@code "} runs to the next {@code "},
 *       whitespace included; one that starts with a curly quote {@code “} runs to the next {@code
 *       ”} (phone keyboards type those). The quotes are not part of the argument; {@code ""} is an
 *       empty argument. A closing quote ends the argument: {@code "a b"c} is {@code a b}, then
 *       {@code c}.
 *   <li>A quote inside a word is an ordinary character ({@code 5"} stays {@code 5"}), and single
 *       quotes are never special, so apostrophes ({@code don't}) need no escaping.
 *   <li>A backslash escapes the next character when it is a backslash, a quote ({@code "}, {@code
 *       “}, {@code ”}) or whitespace: {@code \"} is {@code "}, {@code \\} is {@code \}, {@code \ }
 *       is a space inside a word. Before anything else the backslash is kept as typed, so {@code
 *       C:\temp} and Discord's markdown escapes such as {@code \*} pass through unchanged.
 *   <li>Malformed text: in {@link Mode#LENIENT} an unclosed quote takes the rest of the text as one
 *       argument and a backslash at the very end is kept; in {@link Mode#STRICT} both are a {@link
 *       CommandParseException} (of kind {@link CommandParseException.Kind#UNCLOSED_QUOTE} or {@link
 *       CommandParseException.Kind#DANGLING_ESCAPE}) thrown by the {@link #next()} that reaches it.
 * </ul>
 *
 * <p>Reading is lazy: each {@link #next()} reads one argument, and a plain word without escapes is
 * a substring of the text. An instance is a one-pass iterator for one thread; {@link
 * Command#arguments()} makes a fresh one on each call.
 *
 * <pre>{@code
 * Arguments args = Arguments.of("kick \"Some One\" being rude");
 * args.next();       // "kick"
 * args.next();       // "Some One"
 * args.remainder();  // "being rude"
 * }</pre>
 */
public final class Arguments implements Iterator<String> {

  /** How malformed quotes and escapes are treated. */
  public enum Mode {
    /** Unclosed quotes run to the end of the text; a trailing backslash is kept as typed. */
    LENIENT,
    /** Unclosed quotes and a trailing backslash throw {@link CommandParseException}. */
    STRICT
  }

  private final String text;
  private final boolean strict;
  private int position;

  private Arguments(String text, boolean strict) {
    this.text = text;
    this.strict = strict;
  }

  /**
   * Reads arguments from text leniently.
   *
   * @param text the text, for example {@link Command#rest()}
   * @return an iterator at the first argument
   */
  public static Arguments of(String text) {
    return of(text, Mode.LENIENT);
  }

  /**
   * Reads arguments from text.
   *
   * @param text the text, for example {@link Command#rest()}
   * @param mode whether malformed quotes and escapes are errors
   * @return an iterator at the first argument
   */
  public static Arguments of(String text, Mode mode) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mode, "mode");
    return new Arguments(text, mode == Mode.STRICT);
  }

  /**
   * Tells whether another argument follows: whether anything but whitespace is left.
   *
   * @return {@code true} if {@link #next()} returns an argument
   */
  @Override
  public boolean hasNext() {
    position = Text.skipSeparators(text, position);
    return position < text.length();
  }

  /**
   * Reads the next argument, with its quotes and escapes resolved.
   *
   * @return the argument, empty only for {@code ""}
   * @throws NoSuchElementException if only whitespace is left
   * @throws CommandParseException in {@link Mode#STRICT}, if this argument's quote is never closed
   *     or the text ends with a lone backslash
   */
  @Override
  public String next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no arguments left");
    }
    char first = text.charAt(position);
    if (first == '"') {
      return quoted('"');
    }
    if (first == '“') {
      return quoted('”');
    }
    return word();
  }

  /**
   * Returns the text not read yet, from the next argument on, exactly as typed: for the rest of a
   * sentence after the leading arguments ({@code !ban @someone reason with spaces}).
   *
   * @return the unread text without leading whitespace; empty when nothing is left
   */
  public String remainder() {
    hasNext();
    return text.substring(position);
  }

  /**
   * Reads every argument not read yet.
   *
   * @return the arguments, in order
   * @throws CommandParseException in {@link Mode#STRICT}, for malformed quotes or escapes
   */
  public List<String> toList() {
    List<String> arguments = new ArrayList<>();
    forEachRemaining(arguments::add);
    return List.copyOf(arguments);
  }

  private String word() {
    int start = position;
    StringBuilder unescaped = null;
    int i = start;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Text.isSeparator(cp)) {
        break;
      }
      if (cp == '\\') {
        // Only from the first escape on does the word need copying.
        if (unescaped == null) {
          unescaped = new StringBuilder(text.length() - start).append(text, start, i);
        }
        i = escape(i, unescaped);
      } else {
        if (unescaped != null) {
          unescaped.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
    }
    position = i;
    return unescaped == null ? text.substring(start, i) : unescaped.toString();
  }

  private String quoted(char close) {
    int open = position;
    StringBuilder argument = new StringBuilder();
    int i = open + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == close) {
        position = i + 1;
        return argument.toString();
      }
      if (c == '\\') {
        i = escape(i, argument);
      } else {
        argument.append(c);
        i++;
      }
    }
    if (strict) {
      throw new CommandParseException(
          CommandParseException.Kind.UNCLOSED_QUOTE,
          open,
          "the quote at index " + open + " is never closed");
    }
    position = i;
    return argument.toString();
  }

  // Resolves the backslash at index i into the argument and returns the index after what it took.
  private int escape(int i, StringBuilder argument) {
    int next = i + 1;
    if (next >= text.length()) {
      if (strict) {
        throw new CommandParseException(
            CommandParseException.Kind.DANGLING_ESCAPE,
            i,
            "the backslash at index " + i + " ends the text with nothing to escape");
      }
      argument.append('\\');
      return next;
    }
    int cp = text.codePointAt(next);
    if (cp == '\\' || cp == '"' || cp == '“' || cp == '”' || Text.isSeparator(cp)) {
      argument.appendCodePoint(cp);
      return next + Character.charCount(cp);
    }
    argument.append('\\');
    return next;
  }
}
