package dev.gloam.gateway.compression;

import java.io.Serial;

/** The gateway's compressed stream could not be decompressed; the connection must be restarted. */
public final class CompressionException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying error
   */
  public CompressionException(String message, Throwable cause) {
    super(message, cause);
  }
}
