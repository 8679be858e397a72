package dev.gloam.testkit.internal.rest.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A fixed window counter that starts with its first request, as Discord's buckets do. Not
 * thread-safe: the {@link RateLimiter} guards every window with its lock.
 */
final class Window {

  private final Instant resetAt;
  private int used;

  private Window(Instant resetAt) {
    this.resetAt = resetAt;
  }

  /**
   * Returns the current window, or a new one if there is none or it has ended.
   *
   * @param current the window so far, or null
   * @param now the time
   * @param length how long a new window lasts
   * @return a window that has not ended at {@code now}
   */
  static Window current(Window current, Instant now, Duration length) {
    return current != null && now.isBefore(current.resetAt)
        ? current
        : new Window(now.plus(length));
  }

  boolean isFull(int limit) {
    return used >= limit;
  }

  void count() {
    used++;
  }

  int used() {
    return used;
  }

  Instant resetAt() {
    return resetAt;
  }

  boolean hasEnded(Instant now) {
    return !now.isBefore(resetAt);
  }

  Duration resetAfter(Instant now) {
    return Duration.between(now, resetAt);
  }
}
