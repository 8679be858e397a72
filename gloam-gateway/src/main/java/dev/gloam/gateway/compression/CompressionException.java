package dev.gloam.gateway.compression;

import java.io.Serial;

/**
 * Transport compression failed: the compressed stream is corrupt, or the compression asked for
 * cannot be used in this JVM. A connection whose stream failed must be restarted with a new {@link
 * Decompressor}.
 */
public final class CompressionException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   */
  public CompressionException(String message) {
    super(message);
  }

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
