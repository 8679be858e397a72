package dev.gloam.command.parser;

/** Character rules shared by the parser and the arguments. */
final class Text {
  private Text() {}

  /**
   * Tells whether a code point separates words: Java's whitespace plus Unicode space separators, so
   * that a no-break space (U+00A0, which some phone keyboards type) separates too.
   */
  static boolean isSeparator(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  static int skipSeparators(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!isSeparator(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isSeparator(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  static boolean containsSeparator(String text) {
    return wordEnd(text, 0) < text.length();
  }

  static boolean startsWithSeparator(String text) {
    return !text.isEmpty() && isSeparator(text.codePointAt(0));
  }

  static boolean endsWithSeparator(String text) {
    return !text.isEmpty() && isSeparator(text.codePointBefore(text.length()));
  }

  /**
   * Folds case per code point, the same way {@link String#regionMatches(boolean, int, String, int,
   * int)} compares: upper case, then lower case. Two words fold equal exactly when they are equal
   * ignoring case by that rule, independent of the default locale.
   */
  static String fold(String word) {
    StringBuilder folded = new StringBuilder(word.length());
    word.codePoints()
        .forEach(cp -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return folded.toString();
  }
}
