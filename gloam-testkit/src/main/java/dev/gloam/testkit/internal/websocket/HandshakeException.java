package dev.gloam.testkit.internal.websocket;

import java.io.IOException;
import java.io.Serial;

/** The upgrade request was not a valid WebSocket handshake. */
public final class HandshakeException extends IOException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was wrong with the request
   */
  public HandshakeException(String message) {
    super(message);
  }
}
