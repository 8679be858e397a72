package dev.gloam.model.json;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.gateway.event.EventType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a gateway payload's envelope ({@code op}, {@code s}, {@code t}, and where {@code d} lies)
 * straight from its UTF-8 bytes, without a JSON parser: a shard does this for every payload it
 * receives, so it must cost next to nothing. It handles what Discord sends (any field order,
 * whitespace, any {@code d}); for anything unusual, such as an escaped field name or event name, it
 * gives up and the caller uses the full parser.
 *
 * <p>When {@code op}, {@code s} and {@code t} come before an object or array {@code d}, the order
 * Discord sends, {@code d} is not read at all: it is taken to end where the envelope's last value
 * ends, found from the back. Its inside is then checked only when it is parsed, and a member after
 * {@code d} (which Discord never sends) is not seen. Otherwise the result is the parser's.
 */
final class EnvelopeScanner {
  // The dispatch names gloam knows, by String.hashCode: a known t is returned as the very string
  // EventType holds, whose hash is cached, instead of a new string per payload.
  private static final String[] NAMES = knownNames();
  private static final int NAMES_MASK = NAMES.length - 1;

  private EnvelopeScanner() {}

  private static String[] knownNames() {
    List<String> known = new ArrayList<>();
    for (EventType type : EventType.known()) {
      type.dispatchName().ifPresent(known::add);
    }
    String[] table = new String[Integer.highestOneBit(known.size()) * 4];
    for (String name : known) {
      int at = name.hashCode() & (table.length - 1);
      while (table[at] != null) {
        at = (at + 1) & (table.length - 1);
      }
      table[at] = name;
    }
    return table;
  }

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
    boolean sawSequence = false;
    boolean sawName = false;
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
      int keyLength = keyEnd - keyStart;
      boolean isData = keyLength == 1 && b[keyStart] == 'd';
      if (isData && op != null && sawSequence && sawName && (b[i] == '{' || b[i] == '[')) {
        // Discord sends d last, after op, s and t: its end is then the envelope's last value's end,
        // found from the back, and the bytes inside d are left to whoever parses it.
        int end = lastValueEnd(b, b[i] == '{' ? (byte) '}' : (byte) ']');
        if (end > i) {
          return header(op, sequence, name, i, end);
        }
      }
      int valueEnd = skipValue(b, i);
      if (valueEnd < 0) {
        return null;
      }
      if (keyLength == 2 && b[keyStart] == 'o' && b[keyStart + 1] == 'p') {
        long value = integer(b, i, valueEnd);
        if (value == Long.MIN_VALUE || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
          return null;
        }
        op = (int) value;
      } else if (keyLength == 1 && b[keyStart] == 's') {
        sawSequence = true;
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
        sawName = true;
        if (isNull(b, i, valueEnd)) {
          name = null;
        } else {
          name = plainString(b, i, valueEnd);
          if (name == null) {
            return null;
          }
        }
      } else if (isData) {
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
    return header(op, sequence, name, dataStart, dataEnd);
  }

  private static PayloadHeader header(
      int op, long sequence, String name, int dataStart, int dataEnd) {
    return new PayloadHeader(
        OpCode.of(op),
        sequence < 0 ? OptionalLong.empty() : OptionalLong.of(sequence),
        Optional.ofNullable(name),
        dataStart,
        dataEnd);
  }

  /**
   * Where the envelope's last value ends, read backwards from the payload's end, if that value
   * closes with {@code close}; else -1.
   */
  private static int lastValueEnd(byte[] b, byte close) {
    int j = b.length - 1;
    while (j >= 0 && isSpace(b[j])) {
      j--;
    }
    if (j < 0 || b[j] != '}') {
      return -1;
    }
    j--;
    while (j >= 0 && isSpace(b[j])) {
      j--;
    }
    return j >= 0 && b[j] == close ? j + 1 : -1;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  private static int skipSpace(byte[] b, int i) {
    while (i < b.length && isSpace(b[i])) {
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
    // The same sum as String.hashCode of these bytes read as Latin-1.
    int hash = 0;
    for (int i = start + 1; i < end - 1; i++) {
      if (b[i] == '\\' || b[i] < 0x20) {
        return null;
      }
      hash = 31 * hash + (b[i] & 0xff);
    }
    int length = end - start - 2;
    for (int at = hash & NAMES_MASK; NAMES[at] != null; at = (at + 1) & NAMES_MASK) {
      if (sameBytes(NAMES[at], b, start + 1, length)) {
        return NAMES[at];
      }
    }
    return new String(b, start + 1, length, StandardCharsets.ISO_8859_1);
  }

  private static boolean sameBytes(String name, byte[] b, int from, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name.charAt(i) != b[from + i]) {
        return false;
      }
    }
    return true;
  }
}
