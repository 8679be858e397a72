package dev.gloam.standby;

import java.util.Objects;

/**
 * Why a wait ended without the event it waited for: a future completes exceptionally with one, and
 * an {@link EventStream} throws one once its buffered events are drained.
 */
public final class StandbyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What ended the wait. */
  public enum Kind {
    /** The predicate threw; the exception is the cause. Other waiters were not affected. */
    PREDICATE_FAILED,
    /**
     * A stream's buffer was full: its reader fell behind, so it was ended rather than lose events.
     */
    OVERFLOW,
    /** The {@link Standby} was closed, or the stream was closed while a reader waited. */
    CLOSED,
    /** The thread waiting on a stream was interrupted; its interrupt flag is set again. */
    INTERRUPTED
  }

  private final Kind kind;

  StandbyException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  StandbyException(Kind kind, String message) {
    this(kind, message, null);
  }

  /**
   * Returns what ended the wait.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
