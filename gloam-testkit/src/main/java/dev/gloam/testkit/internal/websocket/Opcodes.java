package dev.gloam.testkit.internal.websocket;

/** The WebSocket frame opcodes of RFC 6455, section 5.2. */
public final class Opcodes {

  /** A continuation of a fragmented message. */
  public static final int CONTINUATION = 0x0;

  /** The first frame of a text message. */
  public static final int TEXT = 0x1;

  /** The first frame of a binary message. */
  public static final int BINARY = 0x2;

  /** A close frame. */
  public static final int CLOSE = 0x8;

  /** A ping, to be answered with a pong. */
  public static final int PING = 0x9;

  /** A pong. */
  public static final int PONG = 0xA;

  private Opcodes() {}

  /**
   * Tells whether an opcode is a control frame, which may not be fragmented.
   *
   * @param opcode the opcode
   * @return true for close, ping and pong
   */
  public static boolean isControl(int opcode) {
    return (opcode & 0x8) != 0;
  }
}
