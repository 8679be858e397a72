package dev.gloam.gateway.queue;

import java.io.Serial;

/**
 * An identify queue could not let a shard identify. The {@link #kind()} says why; the message names
 * the shard.
 */
public final class IdentifyQueueException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** Why a shard was not let through. */
  public enum Kind {
    /** The queue was closed while the shard waited, or before it asked. */
    CLOSED,
    /**
     * The queue failed otherwise: its request was cancelled by someone else, or an implementation
     * backed by a shared store could not reach it. The cause, if any, tells more.
     */
    FAILED
  }

  private final Kind kind;

  /**
   * Creates the exception.
   *
   * @param kind why the shard was not let through
   * @param message what happened, naming the shard
   */
  public IdentifyQueueException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param kind why the shard was not let through
   * @param message what happened, naming the shard
   * @param cause what made the queue fail
   */
  public IdentifyQueueException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /**
   * Returns why the shard was not let through.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
