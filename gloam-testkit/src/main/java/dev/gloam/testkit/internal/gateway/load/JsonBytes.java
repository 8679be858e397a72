package dev.gloam.testkit.internal.gateway.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Appends pre-encoded JSON pieces, numbers and snowflake strings into one reusable byte array. */
final class JsonBytes {

  private byte[] bytes = new byte[2048];
  private int size;

  /** Converts ASCII template text once, when templates are built. */
  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  JsonBytes reset() {
    size = 0;
    return this;
  }

  JsonBytes raw(byte[] piece) {
    ensure(piece.length);
    System.arraycopy(piece, 0, bytes, size, piece.length);
    size += piece.length;
    return this;
  }

  /** Appends a snowflake the way Discord sends ids: as a JSON string of its unsigned value. */
  JsonBytes id(long id) {
    ensure(22);
    bytes[size++] = '"';
    number(id);
    bytes[size++] = '"';
    return this;
  }

  JsonBytes number(long value) {
    ensure(20);
    if (value < 0) {
      // Unsigned snowflakes never get here; other numbers in events are small and positive.
      return raw(ascii(Long.toString(value)));
    }
    int digits = 1;
    for (long rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int i = size + digits - 1; i >= size; i--) {
      bytes[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
    return this;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
