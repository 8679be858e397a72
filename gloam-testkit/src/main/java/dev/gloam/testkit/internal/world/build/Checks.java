package dev.gloam.testkit.internal.world.build;

import dev.gloam.testkit.TestkitException;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Emojis;
import dev.gloam.testkit.internal.world.Permissions;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The checks world-building input goes through, each failing with a {@link TestkitException} of
 * kind {@code INVALID_ARGUMENT} that names what was wrong. The limits are Discord's (names of 1 to
 * 100 characters, user names of 2 to 32, at most 500,000 members per guild).
 */
public final class Checks {

  /** The most members a guild may have, its {@code max_members}. */
  public static final int MAX_MEMBERS = 500_000;

  /** Dispatch names as Discord writes them: upper-case words joined by underscores. */
  private static final Pattern EVENT_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private static final int MAX_EVENT_NAME = 100;

  private Checks() {}

  /**
   * Makes the exception for bad input.
   *
   * @param message what was wrong
   * @return the exception, to throw
   */
  public static TestkitException invalid(String message) {
    return new TestkitException(TestkitException.Kind.INVALID_ARGUMENT, message);
  }

  /**
   * Checks a name's length in code points.
   *
   * @param what what is named, for the message (for example {@code "a channel name"})
   * @param name the name
   * @param min the fewest characters
   * @param max the most characters
   * @return the name
   */
  public static String name(String what, String name, int min, int max) {
    if (name == null) {
      throw invalid(what + " is missing");
    }
    int length = name.codePointCount(0, name.length());
    if (name.isBlank() || length < min || length > max) {
      throw invalid(what + " must be " + min + " to " + max + " characters, was \"" + name + "\"");
    }
    return name;
  }

  /**
   * Checks that a permission set has only bits Discord defines.
   *
   * @param bits the set
   * @return the set
   */
  public static long permissions(long bits) {
    long unknown = bits & ~Permissions.ALL;
    if (unknown != 0) {
      throw invalid(
          "unknown permission bits "
              + Long.toUnsignedString(unknown)
              + " in "
              + Long.toUnsignedString(bits)
              + " (Discord defines "
              + Long.toUnsignedString(Permissions.ALL)
              + ")");
    }
    return bits;
  }

  /**
   * Checks a number of members to add.
   *
   * @param count the number
   * @return the number
   */
  public static int memberCount(int count) {
    if (count < 0 || count > MAX_MEMBERS) {
      throw invalid("a member count is 0 to " + MAX_MEMBERS + ", was " + count);
    }
    return count;
  }

  /**
   * Checks a number of custom emojis for a new guild, which has no boosts: at most its static emoji
   * slots at tier 0.
   *
   * @param count the number
   * @return the number
   */
  public static int emojiCount(int count) {
    int slots = Emojis.slots(0);
    if (count < 0 || count > slots) {
      throw invalid(
          "a new guild (boost tier 0) has 0 to "
              + slots
              + " custom emojis, as many as its emoji slots; was "
              + count);
    }
    return count;
  }

  /**
   * Checks the name of a dispatch ({@code t}).
   *
   * @param name the name, such as {@code GUILD_MEMBER_UPDATE}
   * @return the name
   */
  public static String eventName(String name) {
    if (name == null || name.length() > MAX_EVENT_NAME || !EVENT_NAME.matcher(name).matches()) {
      throw invalid(
          "an event name is upper-case words joined by underscores, such as GUILD_MEMBER_UPDATE;"
              + " was "
              + (name == null ? "null" : "\"" + shortened(name) + "\""));
    }
    return name;
  }

  /**
   * Parses the body of a dispatch ({@code d}), which must be one JSON object.
   *
   * @param json the JSON text
   * @return the parsed object
   */
  public static ObjectNode jsonObject(String json) {
    if (json == null) {
      throw invalid("the event body is missing: it must be a JSON object");
    }
    JsonNode parsed =
        Json.parse(json)
            .orElseThrow(
                () ->
                    invalid(
                        "the event body is not valid JSON (one value, nothing after it): "
                            + shortened(json)));
    if (!(parsed instanceof ObjectNode object)) {
      throw invalid(
          "the event body must be a JSON object, not "
              + parsed.getNodeType().toString().toLowerCase(Locale.ROOT)
              + ": "
              + shortened(json));
    }
    return object;
  }

  private static String shortened(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
