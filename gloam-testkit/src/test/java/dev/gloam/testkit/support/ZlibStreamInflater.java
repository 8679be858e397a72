package dev.gloam.testkit.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The client side of zlib-stream: buffers binary messages until the sync flush suffix, then
 * inflates them with one inflater that lives as long as the connection.
 */
public final class ZlibStreamInflater {

  private static final byte[] SUFFIX = {0x00, 0x00, (byte) 0xFF, (byte) 0xFF};

  private final Inflater inflater = new Inflater();
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  /**
   * Adds one binary message.
   *
   * @param data the message bytes
   * @return the inflated text if the buffer now ends with the suffix, or null to wait for more
   */
  public String push(byte[] data) {
    pending.writeBytes(data);
    byte[] buffered = pending.toByteArray();
    if (!endsWithSuffix(buffered)) {
      return null;
    }
    pending.reset();
    inflater.setInput(buffered);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    try {
      while (true) {
        int n = inflater.inflate(chunk);
        out.write(chunk, 0, n);
        if (n == 0 && (inflater.needsInput() || inflater.finished())) {
          break;
        }
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt zlib stream", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Tells whether bytes end with the zlib sync flush suffix.
   *
   * @param data the bytes
   * @return true if the last four bytes are 00 00 ff ff
   */
  public static boolean endsWithSuffix(byte[] data) {
    if (data.length < SUFFIX.length) {
      return false;
    }
    for (int i = 0; i < SUFFIX.length; i++) {
      if (data[data.length - SUFFIX.length + i] != SUFFIX[i]) {
        return false;
      }
    }
    return true;
  }

  /** Frees the native state. */
  public void close() {
    inflater.end();
  }
}
