package dev.gloam.testkit.internal.world.build;

import dev.gloam.testkit.TestkitException;
import dev.gloam.testkit.internal.world.Permissions;

/**
 * The checks world-building input goes through, each failing with a {@link TestkitException} of
 * kind {@code INVALID_ARGUMENT} that names what was wrong. The limits are Discord's (names of 1 to
 * 100 characters, user names of 2 to 32, at most 500,000 members per guild).
 */
public final class Checks {

  /** The most members a guild may have, its {@code max_members}. */
  public static final int MAX_MEMBERS = 500_000;

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
}
