package dev.gloam.model.json;

import dev.gloam.model.gateway.OpCode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a gateway payload's envelope ({@code op}, {@code s}, {@code t}, and where {@code d} lies)
 * straight from its UTF-8 bytes, without a JSON parser: a shard does this for every payload it
 * receives, so it must cost next to nothing. It handles what Discord sends (any field order,
 * whitespace, any {@code d}); for anything unusual, such as an escaped field name or event name, it
 * gives up and the caller uses the full parser, so the result is always the parser's.
 */
final class EnvelopeScanner {
  private EnvelopeScanner() {}

  /**
   * Scans a payload.
   *
   * @param b the payload's UTF-8 bytes
   * @return the envelope, or null to let the JSON parser decide (unusual or malformed input)
   */
  static PayloadHeader scan(byte[] b) {
    int i = skipSpace(b, 0);
    if (i >= b.length || b[i] != '{') {
      return null;
    }
    i = skipSpace(b, i + 1);
    Integer op = null;
    long sequence = -1;
    String name = null;
    int dataStart = -1;
    int dataEnd = -1;
    if (i < b.length && b[i] == '}') {
      return null;
    }
    while (true) {
      if (i >= b.length || b[i] != '"') {
        return null;
      }
      int keyStart = i + 1;
      int keyEnd = keyStart;
      while (keyEnd < b.length && b[keyEnd] != '"') {
        if (b[keyEnd] == '\\') {
          return null;
        }
        keyEnd++;
      }
      if (keyEnd >= b.length) {
        return null;
      }
      i = skipSpace(b, keyEnd + 1);
      if (i >= b.length || b[i] != ':') {
        return null;
      }
      i = skipSpace(b, i + 1);
      if (i >= b.length) {
        return null;
      }
      int valueEnd = skipValue(b, i);
      if (valueEnd < 0) {
        return null;
      }
      int keyLength = keyEnd - keyStart;
      if (keyLength == 2 && b[keyStart] == 'o' && b[keyStart + 1] == 'p') {
        long value = integer(b, i, valueEnd);
        if (value == Long.MIN_VALUE || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
          return null;
        }
        op = (int) value;
      } else if (keyLength == 1 && b[keyStart] == 's') {
        if (isNull(b, i, valueEnd)) {
          sequence = -1;
        } else {
          long value = integer(b, i, valueEnd);
          if (value < 0) {
            return null;
          }
          sequence = value;
        }
      } else if (keyLength == 1 && b[keyStart] == 't') {
        if (isNull(b, i, valueEnd)) {
          name = null;
        } else {
          name = plainString(b, i, valueEnd);
          if (name == null) {
            return null;
          }
        }
      } else if (keyLength == 1 && b[keyStart] == 'd') {
        dataStart = i;
        dataEnd = valueEnd;
      }
      i = skipSpace(b, valueEnd);
      if (i >= b.length) {
        return null;
      }
      if (b[i] == ',') {
        i = skipSpace(b, i + 1);
      } else if (b[i] == '}') {
        break;
      } else {
        return null;
      }
    }
    if (skipSpace(b, i + 1) != b.length || op == null) {
      return null;
    }
    return new PayloadHeader(
        OpCode.of(op),
        sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence),
        Optional.ofNullable(name),
        dataStart,
        dataEnd);
  }

  private static int skipSpace(byte[] b, int i) {
    while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** Returns the index after the JSON value at {@code i}, or -1 if it is not well formed. */
  private static int skipValue(byte[] b, int i) {
    byte first = b[i];
    if (first == '"') {
      return skipString(b, i);
    }
    if (first == '{' || first == '[') {
      int depth = 0;
      while (i < b.length) {
        byte c = b[i];
        if (c == '"') {
          i = skipString(b, i);
          if (i < 0) {
            return -1;
          }
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
        i++;
      }
      return -1;
    }
    // A number or a literal: up to the next delimiter.
    int start = i;
    while (i < b.length
        && b[i] != ','
        && b[i] != '}'
        && b[i] != ']'
        && b[i] != ' '
        && b[i] != '\n'
        && b[i] != '\r'
        && b[i] != '\t') {
      i++;
    }
    return i > start ? i : -1;
  }

  private static int skipString(byte[] b, int i) {
    i++;
    while (i < b.length) {
      byte c = b[i];
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static boolean isNull(byte[] b, int start, int end) {
    return end - start == 4
        && b[start] == 'n'
        && b[start + 1] == 'u'
        && b[start + 2] == 'l'
        && b[start + 3] == 'l';
  }

  /** Reads a plain decimal integer, or returns Long.MIN_VALUE for anything else. */
  private static long integer(byte[] b, int start, int end) {
    boolean negative = start < end && b[start] == '-';
    int i = negative ? start + 1 : start;
    if (i == end || end - i > 18) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (; i < end; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return Long.MIN_VALUE;
      }
      value = value * 10 + (b[i] - '0');
    }
    return negative ? -value : value;
  }

  /** Reads a string without escapes or non-ASCII bytes, or returns null. */
  private static String plainString(byte[] b, int start, int end) {
    if (end - start < 2 || b[start] != '"' || b[end - 1] != '"') {
      return null;
    }
    for (int i = start + 1; i < end - 1; i++) {
      if (b[i] == '\\' || b[i] < 0x20) {
        return null;
      }
    }
    return new String(b, start + 1, end - start - 2, StandardCharsets.ISO_8859_1);
  }
}
