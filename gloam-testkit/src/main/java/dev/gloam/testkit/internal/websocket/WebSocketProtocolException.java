package dev.gloam.testkit.internal.websocket;

import java.io.IOException;
import java.io.Serial;

/** The peer broke the WebSocket protocol; the connection must be closed with {@link #closeCode}. */
public final class WebSocketProtocolException extends IOException {

  @Serial private static final long serialVersionUID = 1L;

  private final int closeCode;

  /**
   * Creates the exception.
   *
   * @param closeCode the close code to send, see {@link CloseCodes}
   * @param message why, sent as the close reason
   */
  public WebSocketProtocolException(int closeCode, String message) {
    super(message);
    this.closeCode = closeCode;
  }

  /**
   * Returns the close code to send.
   *
   * @return the code
   */
  public int closeCode() {
    return closeCode;
  }
}
