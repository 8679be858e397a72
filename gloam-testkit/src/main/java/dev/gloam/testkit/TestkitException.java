package dev.gloam.testkit;

import java.io.Serial;
import java.util.Objects;

/**
 * The single exception type of the testkit; {@link #kind()} says what went wrong. Messages never
 * contain tokens.
 */
public final class TestkitException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** A wait such as {@link OfflineDiscord#awaitMessage} ran out of time. */
    TIMEOUT,
    /** The waiting thread was interrupted; its interrupt flag is set again. */
    INTERRUPTED,
    /** A server could not be started. */
    STARTUP,
    /** An argument referred to something the offline Discord does not have, or was invalid. */
    INVALID_ARGUMENT,
    /** The testkit was used after {@link OfflineDiscord#close()}. */
    CLOSED
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind what went wrong
   * @param message a description without secrets
   */
  public TestkitException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param kind what went wrong
   * @param message a description without secrets
   * @param cause the underlying failure
   */
  public TestkitException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /**
   * Tells what went wrong.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }
}
