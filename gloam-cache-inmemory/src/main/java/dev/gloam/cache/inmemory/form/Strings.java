package dev.gloam.cache.inmemory.form;

/**
 * Shares the short strings that repeat across thousands of cached resources (role and channel names
 * such as "general" or "Moderator", emoji names, the texts of a game's activity such as "In a
 * match"), so each distinct text is held once.
 */
final class Strings {
  // Longer texts rarely repeat; interning them would only fill the string table.
  private static final int LONGEST_SHARED = 32;

  private Strings() {}

  static String share(String text) {
    return text != null && text.length() <= LONGEST_SHARED ? text.intern() : text;
  }
}
