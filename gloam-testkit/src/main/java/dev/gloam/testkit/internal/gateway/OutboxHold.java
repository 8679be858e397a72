package dev.gloam.testkit.internal.gateway;

import java.util.concurrent.CompletableFuture;

/**
 * A hold on the output of one gateway connection, taken by a prepared load run: while held, the
 * connection's writer compresses what is queued but writes nothing. {@link #compressed()} tells
 * when everything queued so far is compressed; {@link #release()} lets the writer put it all on the
 * wire at once.
 */
public final class OutboxHold {

  private final GatewayOutbox outbox;
  private boolean released;

  OutboxHold(GatewayOutbox outbox) {
    this.outbox = outbox;
  }

  /** A hold on nothing: the session had no connection, or its connection was closing. */
  static OutboxHold none() {
    return new OutboxHold(null);
  }

  /**
   * Returns a future that completes once the writer has compressed everything queued on the held
   * connection before this call (or has ended).
   *
   * @return the future; already complete for a hold on nothing
   */
  public CompletableFuture<Void> compressed() {
    return outbox == null ? CompletableFuture.completedFuture(null) : outbox.mark();
  }

  /** Ends the hold: the writer writes everything it holds. Does nothing the second time. */
  public synchronized void release() {
    if (!released && outbox != null) {
      released = true;
      outbox.release();
    }
  }
}
