package dev.gloam.gateway;

import dev.gloam.model.gateway.CloseCode;
import java.io.Serial;
import java.util.Optional;

/**
 * Something a shard met on its connection, delivered at the point of the stream where it happened.
 * {@link #isFatal()} tells whether the shard can go on: after a non-fatal error the shard has
 * already reconnected (or skipped the bad payload) and the next pull goes on with the stream; after
 * a fatal one (a wrong token, disallowed intents, or {@link Shard#close()}) the shard is done.
 */
public final class GatewayException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The WebSocket connection could not be opened; the shard retries with back-off. */
    CONNECT,
    /**
     * The connection ended: closed by Discord (see {@link #closeCode()}), dropped by the network,
     * or left by the shard because a heartbeat went unacknowledged. The shard resumes or identifies
     * again, unless the error is fatal.
     */
    CLOSED,
    /**
     * A payload could not be decompressed or parsed. A corrupt compressed stream costs the
     * connection (the shard resumes); an unreadable payload is skipped.
     */
    DECODE,
    /**
     * The sequence numbers jumped: dispatches between the last one received and this one never
     * arrived, even after resuming. The stream goes on with the later ones.
     */
    SEQUENCE_GAP,
    /** A command could not be sent because the connection failed while sending it. */
    SEND,
    /** The identify queue could not let the shard identify, for example because it was closed. */
    IDENTIFY_QUEUE,
    /** The shard was closed by the program and yields no more events. */
    SHARD_CLOSED,
    /**
     * The waiting thread was interrupted; its interrupt flag is set again and the shard itself is
     * unaffected.
     */
    INTERRUPTED
  }

  private final Kind kind;
  private final boolean fatal;
  private final transient CloseCode closeCode;

  /**
   * Creates the exception.
   *
   * @param kind what went wrong
   * @param fatal whether the shard cannot continue
   * @param closeCode the close code, if the connection was closed with one
   * @param message a description without secrets
   * @param cause the underlying error, if any
   */
  public GatewayException(
      Kind kind, boolean fatal, CloseCode closeCode, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.fatal = fatal;
    this.closeCode = closeCode;
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Tells whether the shard cannot continue.
   *
   * @return {@code true} if the shard is closed for good
   */
  public boolean isFatal() {
    return fatal;
  }

  /**
   * Returns the code the connection was closed with.
   *
   * @return the close code, or empty if the connection did not close with one
   */
  public Optional<CloseCode> closeCode() {
    return Optional.ofNullable(closeCode);
  }
}
