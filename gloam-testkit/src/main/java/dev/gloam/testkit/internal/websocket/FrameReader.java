package dev.gloam.testkit.internal.websocket;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** Reads client frames (which RFC 6455 requires to be masked) from a stream. */
public final class FrameReader {

  // Oversized payloads up to this size are read and dropped so the close frame can still be read.
  private static final long MAX_SKIPPED_BYTES = 1L << 20;

  private final InputStream in;
  private final int maxPayloadBytes;

  /**
   * Creates a reader.
   *
   * @param in the stream, positioned at a frame boundary
   * @param maxPayloadBytes frames with a larger payload are refused with 1009
   */
  public FrameReader(InputStream in, int maxPayloadBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxPayloadBytes = maxPayloadBytes;
  }

  /**
   * Reads the next frame.
   *
   * @return the frame, unmasked
   * @throws EOFException if the stream ends, even in the middle of a frame
   * @throws WebSocketProtocolException if the frame breaks the protocol or is too large
   * @throws IOException if reading fails
   */
  public Frame read() throws IOException {
    int b0 = readByte();
    int b1 = readByte();
    boolean fin = (b0 & 0x80) != 0;
    if ((b0 & 0x70) != 0) {
      throw new WebSocketProtocolException(
          CloseCodes.PROTOCOL_ERROR, "reserved bits set without a negotiated extension");
    }
    int opcode = b0 & 0x0F;
    if (!isKnown(opcode)) {
      throw new WebSocketProtocolException(CloseCodes.PROTOCOL_ERROR, "unknown opcode " + opcode);
    }
    boolean masked = (b1 & 0x80) != 0;
    long length = b1 & 0x7F;
    if (length == 126) {
      length = (long) readByte() << 8 | readByte();
    } else if (length == 127) {
      length = 0;
      for (int i = 0; i < 8; i++) {
        length = length << 8 | readByte();
      }
      if (length < 0) {
        throw new WebSocketProtocolException(CloseCodes.PROTOCOL_ERROR, "negative frame length");
      }
    }
    if (Opcodes.isControl(opcode) && (length > 125 || !fin)) {
      throw new WebSocketProtocolException(
          CloseCodes.PROTOCOL_ERROR, "control frames must be whole and at most 125 bytes");
    }
    if (!masked) {
      throw new WebSocketProtocolException(
          CloseCodes.PROTOCOL_ERROR, "client frames must be masked");
    }
    byte[] mask = in.readNBytes(4);
    if (mask.length < 4) {
      throw new EOFException("stream ended inside a frame header");
    }
    if (length > maxPayloadBytes) {
      if (length <= MAX_SKIPPED_BYTES) {
        in.skipNBytes(length);
      }
      throw new WebSocketProtocolException(
          CloseCodes.MESSAGE_TOO_BIG, "frame of " + length + " bytes is too large");
    }
    byte[] payload = in.readNBytes((int) length);
    if (payload.length < length) {
      throw new EOFException("stream ended inside a frame payload");
    }
    for (int i = 0; i < payload.length; i++) {
      payload[i] ^= mask[i & 3];
    }
    return new Frame(fin, opcode, payload);
  }

  private int readByte() throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new EOFException("stream ended");
    }
    return b;
  }

  private static boolean isKnown(int opcode) {
    return switch (opcode) {
      case Opcodes.CONTINUATION,
          Opcodes.TEXT,
          Opcodes.BINARY,
          Opcodes.CLOSE,
          Opcodes.PING,
          Opcodes.PONG ->
          true;
      default -> false;
    };
  }
}
