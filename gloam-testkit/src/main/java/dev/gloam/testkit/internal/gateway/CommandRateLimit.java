package dev.gloam.testkit.internal.gateway;

import java.time.Duration;

/**
 * The gateway's send limit: a connection may send {@code limit} payloads (heartbeats included) per
 * window, and is closed with 4008 past it ({@code events/gateway.mdx}, "Rate Limiting"). The window
 * starts with the first payload, as a fixed window. Used by the reading thread only.
 */
final class CommandRateLimit {

  private final int limit;
  private final long windowNanos;
  private long windowStart;
  private int used;

  CommandRateLimit(int limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  /** Counts one payload; false if it is over the limit. */
  boolean tryAcquire() {
    long now = System.nanoTime();
    if (used == 0 || now - windowStart >= windowNanos) {
      windowStart = now;
      used = 0;
    }
    used++;
    return used <= limit;
  }
}
