package dev.gloam.testkit.internal.websocket;

import java.io.IOException;
import java.io.OutputStream;

/** Writes server frames, which RFC 6455 requires to be unmasked and which we never fragment. */
public final class FrameWriter {

  private FrameWriter() {}

  /**
   * Encodes a whole frame, header and payload, choosing the shortest length encoding.
   *
   * @param opcode the frame's opcode
   * @param payload the application data
   * @return the bytes to put on the wire
   */
  public static byte[] encode(int opcode, byte[] payload) {
    int length = payload.length;
    int headerLength = length < 126 ? 2 : length <= 0xFFFF ? 4 : 10;
    byte[] frame = new byte[headerLength + length];
    frame[0] = (byte) (0x80 | opcode);
    if (length < 126) {
      frame[1] = (byte) length;
    } else if (length <= 0xFFFF) {
      frame[1] = 126;
      frame[2] = (byte) (length >>> 8);
      frame[3] = (byte) length;
    } else {
      frame[1] = 127;
      long wide = length;
      for (int i = 0; i < 8; i++) {
        frame[2 + i] = (byte) (wide >>> (56 - 8 * i));
      }
    }
    System.arraycopy(payload, 0, frame, headerLength, length);
    return frame;
  }

  /**
   * Writes a whole frame and flushes.
   *
   * @param out the stream to the client
   * @param opcode the frame's opcode
   * @param payload the application data
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out, int opcode, byte[] payload) throws IOException {
    out.write(encode(opcode, payload));
    out.flush();
  }
}
