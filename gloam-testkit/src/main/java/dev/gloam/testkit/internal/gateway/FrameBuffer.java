package dev.gloam.testkit.internal.gateway;

import java.util.Arrays;

/**
 * Whole server WebSocket frames (unmasked, never fragmented, RFC 6455 section 5.2) laid end to end,
 * so the writer puts many payloads on the socket with one write and one flush.
 */
final class FrameBuffer {

  private byte[] bytes = new byte[64 * 1024];
  private int size;

  /** Appends one frame holding {@code payload[0..length)}. */
  void append(int opcode, byte[] payload, int length) {
    ensure(10 + length);
    bytes[size++] = (byte) (0x80 | opcode);
    if (length < 126) {
      bytes[size++] = (byte) length;
    } else if (length <= 0xFFFF) {
      bytes[size++] = 126;
      bytes[size++] = (byte) (length >>> 8);
      bytes[size++] = (byte) length;
    } else {
      bytes[size++] = 127;
      long wide = length;
      for (int i = 0; i < 8; i++) {
        bytes[size++] = (byte) (wide >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, 0, bytes, size, length);
    size += length;
  }

  byte[] bytes() {
    return bytes;
  }

  int size() {
    return size;
  }

  void clear() {
    size = 0;
  }

  /** Gives back the memory of a buffer that grew large (a held load run), once it is empty. */
  void trim() {
    if (size == 0 && bytes.length > 1024 * 1024) {
      bytes = new byte[64 * 1024];
    }
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
