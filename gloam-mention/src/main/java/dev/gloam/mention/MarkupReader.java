package dev.gloam.mention;

import dev.gloam.mention.MentionParseException.Kind;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one mention at a given index of a text. Both the whole-string parsers and the scanner use
 * it, so both accept exactly the same markup: the canonical form that {@link Mention#format()}
 * writes.
 *
 * <p>A failed read returns null and records why, instead of throwing: the scanner tries every
 * {@code '<'} and {@code '@'} of a text and most of them are not mentions. Every loop is bounded by
 * the longest valid token, so a scan stays linear in the text's length.
 */
final class MarkupReader {
  private static final int ID_DIGITS_MAX = 20;
  private static final int SECONDS_DIGITS_MAX = 19;
  // Three words of 32 code points, each possibly a surrogate pair, and two spaces.
  private static final int COMMAND_CHARS_MAX = 3 * 2 * Names.COMMAND_NAME_MAX + 2;
  private static final int NAVIGATION_CHARS_MAX = 16;

  private final CharSequence text;
  private final int length;
  private int pos;
  private Kind errorKind;
  private int errorIndex;
  private String errorDetail;

  MarkupReader(CharSequence text) {
    this.text = text;
    this.length = text.length();
  }

  static <M extends Mention> M parseWhole(String text, Class<M> type) {
    Objects.requireNonNull(text, "text");
    MarkupReader reader = new MarkupReader(text);
    M mention = reader.readWhole(type);
    if (mention == null) {
      throw new MentionParseException(
          reader.errorKind, reader.errorIndex, text, reader.errorDetail);
    }
    return mention;
  }

  static <M extends Mention> Optional<M> tryParseWhole(String text, Class<M> type) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(new MarkupReader(text).readWhole(type));
  }

  /** Returns the mention at {@code start}, or null; on success {@link #end()} is just past it. */
  Mention read(int start) {
    pos = start;
    if (pos >= length) {
      return fail(Kind.NOT_A_MENTION, pos, "expected a mention, found the end of the text");
    }
    char first = text.charAt(pos);
    if (first == '@') {
      return readEveryone();
    }
    if (first != '<' || pos + 1 >= length) {
      return fail(Kind.NOT_A_MENTION, pos, "a mention starts with '<', '@everyone' or '@here'");
    }
    pos++;
    switch (text.charAt(pos)) {
      case '@' -> {
        pos++;
        return readUserOrRole();
      }
      case '#' -> {
        pos++;
        Id<ChannelMarker> id = readId();
        return id == null ? null : close(new ChannelMention(id), Kind.MALFORMED_ID, "a digit");
      }
      case ':' -> {
        pos++;
        return readEmoji(false);
      }
      case '/' -> {
        pos++;
        return readCommand();
      }
      default -> {
        if (skip("a:")) {
          return readEmoji(true);
        }
        if (skip("t:")) {
          return readTimestamp();
        }
        if (skip("id:")) {
          return readNavigation();
        }
        return fail(
            Kind.NOT_A_MENTION,
            pos,
            "after '<' a mention has '@', '#', ':', '/', 'a:', 't:' or 'id:'");
      }
    }
  }

  /** Returns the index just past the last mention read. */
  int end() {
    return pos;
  }

  private <M extends Mention> M readWhole(Class<M> type) {
    Mention mention = read(0);
    if (mention == null) {
      return null;
    }
    if (pos != length) {
      return fail(Kind.TRAILING_TEXT, pos, "the text goes on after the mention " + mention);
    }
    if (!type.isInstance(mention)) {
      return fail(
          Kind.WRONG_TYPE, 0, "expected " + describe(type) + ", found " + describe(mention));
    }
    return type.cast(mention);
  }

  private Mention readEveryone() {
    for (EveryoneMention mention : EveryoneMention.values()) {
      if (skip(mention.format())) {
        return mention;
      }
    }
    return fail(Kind.NOT_A_MENTION, pos, "after '@' comes 'everyone' or 'here' outside '<...>'");
  }

  private Mention readUserOrRole() {
    if (pos >= length) {
      return unclosed();
    }
    if (skip("&")) {
      Id<RoleMarker> id = readId();
      return id == null ? null : close(new RoleMention(id), Kind.MALFORMED_ID, "a digit");
    }
    boolean nicknameForm = skip("!");
    Id<UserMarker> id = readId();
    return id == null
        ? null
        : close(new UserMention(id, nicknameForm), Kind.MALFORMED_ID, "a digit");
  }

  private Mention readEmoji(boolean animated) {
    int begin = pos;
    while (pos < length
        && pos - begin <= Names.EMOJI_NAME_MAX
        && Names.isEmojiNameChar(text.charAt(pos))) {
      pos++;
    }
    if (pos >= length) {
      return unclosed();
    }
    if (pos == begin) {
      return fail(Kind.MALFORMED_NAME, pos, "expected the emoji's name");
    }
    if (pos - begin > Names.EMOJI_NAME_MAX) {
      return fail(
          Kind.MALFORMED_NAME,
          begin,
          "an emoji name has at most " + Names.EMOJI_NAME_MAX + " characters");
    }
    if (text.charAt(pos) != ':') {
      return fail(
          Kind.MALFORMED_NAME,
          pos,
          "expected ':' after the emoji's name; names hold only letters A-Z, digits and '_'");
    }
    String name = text.subSequence(begin, pos).toString();
    pos++;
    Id<EmojiMarker> id = readId();
    return id == null
        ? null
        : close(new EmojiMention(name, id, animated), Kind.MALFORMED_ID, "a digit");
  }

  private Mention readCommand() {
    int begin = pos;
    while (pos < length && pos - begin <= COMMAND_CHARS_MAX) {
      char c = text.charAt(pos);
      if (c == ':' || c == '<' || c == '>') {
        break;
      }
      pos++;
    }
    if (pos >= length) {
      return unclosed();
    }
    if (text.charAt(pos) != ':') {
      return fail(Kind.MALFORMED_NAME, pos, "expected ':' after the command's name");
    }
    String[] words = text.subSequence(begin, pos).toString().split(" ", -1);
    if (words.length > 3) {
      return fail(
          Kind.MALFORMED_NAME, begin, "a command mention has at most a name, group and subcommand");
    }
    int wordStart = begin;
    for (String word : words) {
      String problem = Names.commandNameProblem(word);
      if (problem != null) {
        return fail(Kind.MALFORMED_NAME, wordStart, problem);
      }
      wordStart += word.length() + 1;
    }
    pos++;
    Id<CommandMarker> id = readId();
    if (id == null) {
      return null;
    }
    CommandMention mention =
        switch (words.length) {
          case 1 -> new CommandMention(words[0], Optional.empty(), Optional.empty(), id);
          case 2 -> new CommandMention(words[0], Optional.empty(), Optional.of(words[1]), id);
          default -> new CommandMention(words[0], Optional.of(words[1]), Optional.of(words[2]), id);
        };
    return close(mention, Kind.MALFORMED_ID, "a digit");
  }

  private Mention readTimestamp() {
    int begin = pos;
    boolean negative = skip("-");
    int digitsBegin = pos;
    while (pos < length && pos - digitsBegin <= SECONDS_DIGITS_MAX && isDigit(text.charAt(pos))) {
      pos++;
    }
    int digits = pos - digitsBegin;
    if (pos >= length) {
      return unclosed();
    }
    if (digits == 0) {
      return fail(Kind.MALFORMED_TIMESTAMP, pos, "expected the seconds since 1970 in digits");
    }
    if (text.charAt(digitsBegin) == '0' && (digits > 1 || negative)) {
      return fail(Kind.MALFORMED_TIMESTAMP, digitsBegin, "the seconds do not start with 0");
    }
    long seconds;
    try {
      seconds = digits > SECONDS_DIGITS_MAX ? Long.MIN_VALUE : Long.parseLong(text, begin, pos, 10);
    } catch (NumberFormatException e) {
      seconds = Long.MIN_VALUE;
    }
    if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
      return fail(
          Kind.MALFORMED_TIMESTAMP, begin, "the seconds are outside java.time.Instant's range");
    }
    char next = text.charAt(pos);
    if (next == '>') {
      pos++;
      return new TimestampMention(seconds, Optional.empty());
    }
    if (next != ':') {
      return fail(Kind.MALFORMED_TIMESTAMP, pos, "expected a digit, ':' or '>' in the timestamp");
    }
    pos++;
    if (pos >= length) {
      return unclosed();
    }
    Optional<TimestampStyle> style = TimestampStyle.fromLetter(text.charAt(pos));
    if (style.isEmpty()) {
      return fail(
          Kind.UNKNOWN_TIMESTAMP_STYLE,
          pos,
          "expected one of the style letters t, T, d, D, f, F, s, S or R");
    }
    pos++;
    return close(
        new TimestampMention(seconds, style),
        Kind.UNKNOWN_TIMESTAMP_STYLE,
        "'>'; a style is a single letter");
  }

  private Mention readNavigation() {
    int begin = pos;
    while (pos < length
        && pos - begin <= NAVIGATION_CHARS_MAX
        && isNavigationChar(text.charAt(pos))) {
      pos++;
    }
    if (pos >= length) {
      return unclosed();
    }
    String word = text.subSequence(begin, pos).toString();
    Optional<GuildNavigationType> type = GuildNavigationType.fromValue(word);
    if (type.isEmpty()) {
      return fail(
          Kind.UNKNOWN_NAVIGATION_TYPE,
          begin,
          "expected customize, browse, guide or linked-roles after '<id:'");
    }
    char next = text.charAt(pos);
    if (next == '>') {
      pos++;
      return new GuildNavigationMention(type.get(), Optional.empty());
    }
    if (next != ':' || type.get() != GuildNavigationType.LINKED_ROLES) {
      return fail(
          Kind.UNKNOWN_NAVIGATION_TYPE,
          pos,
          "expected '>'; only linked-roles is followed by ':' and a role id");
    }
    pos++;
    Id<RoleMarker> role = readId();
    return role == null
        ? null
        : close(
            new GuildNavigationMention(type.get(), Optional.of(role)),
            Kind.MALFORMED_ID,
            "a digit");
  }

  /** Reads an id's digits; returns null, with the error recorded, if they are not an id. */
  private <M> Id<M> readId() {
    int begin = pos;
    while (pos < length && pos - begin <= ID_DIGITS_MAX && isDigit(text.charAt(pos))) {
      pos++;
    }
    int digits = pos - begin;
    if (digits == 0) {
      return pos >= length ? unclosed() : fail(Kind.MALFORMED_ID, pos, "expected an id's digits");
    }
    if (text.charAt(begin) == '0') {
      return digits == 1
          ? fail(Kind.ID_OUT_OF_RANGE, begin, "a Discord id is never 0")
          : fail(Kind.MALFORMED_ID, begin, "an id does not start with 0");
    }
    if (digits > ID_DIGITS_MAX) {
      return fail(Kind.ID_OUT_OF_RANGE, begin, "an id has at most " + ID_DIGITS_MAX + " digits");
    }
    try {
      return Id.of(Long.parseUnsignedLong(text, begin, pos, 10));
    } catch (NumberFormatException e) {
      return fail(Kind.ID_OUT_OF_RANGE, begin, "an id is at most 18446744073709551615");
    }
  }

  /** Consumes the closing {@code '>'} and returns the mention, or records what was expected. */
  private Mention close(Mention mention, Kind kind, String expected) {
    if (pos >= length) {
      return unclosed();
    }
    if (text.charAt(pos) != '>') {
      return fail(kind, pos, "expected " + expected + " or the closing '>'");
    }
    pos++;
    return mention;
  }

  private boolean skip(String expected) {
    int end = pos + expected.length();
    if (end > length) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      if (text.charAt(pos + i) != expected.charAt(i)) {
        return false;
      }
    }
    pos = end;
    return true;
  }

  private <T> T unclosed() {
    return fail(Kind.UNCLOSED, length, "the text ends before the mention's closing '>'");
  }

  private <T> T fail(Kind kind, int index, String detail) {
    errorKind = kind;
    errorIndex = index;
    errorDetail = detail;
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNavigationChar(char c) {
    return c >= 'a' && c <= 'z' || c == '-';
  }

  private static String describe(Class<? extends Mention> type) {
    if (type == UserMention.class) {
      return "a user mention";
    } else if (type == ChannelMention.class) {
      return "a channel mention";
    } else if (type == RoleMention.class) {
      return "a role mention";
    } else if (type == EmojiMention.class) {
      return "a custom emoji";
    } else if (type == CommandMention.class) {
      return "a slash command mention";
    } else if (type == TimestampMention.class) {
      return "a timestamp";
    } else if (type == GuildNavigationMention.class) {
      return "a guild navigation link";
    } else if (type == EveryoneMention.class) {
      return "@everyone or @here";
    }
    return "a mention";
  }

  private static String describe(Mention mention) {
    Class<? extends Mention> type =
        switch (mention) {
          case UserMention m -> UserMention.class;
          case ChannelMention m -> ChannelMention.class;
          case RoleMention m -> RoleMention.class;
          case EmojiMention m -> EmojiMention.class;
          case CommandMention m -> CommandMention.class;
          case TimestampMention m -> TimestampMention.class;
          case GuildNavigationMention m -> GuildNavigationMention.class;
          case EveryoneMention m -> EveryoneMention.class;
        };
    return describe(type) + " " + mention.format();
  }
}
