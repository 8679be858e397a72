package dev.gloam.testkit.internal.rest.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts requests in fixed windows and reports honest headers, but never refuses a request: the
 * remaining count stays at zero when a client goes over.
 */
public final class CountingRateLimiter implements RateLimiter {

  private final Clock clock;
  private final Map<RateLimitKey, Window> windows = new HashMap<>();

  /**
   * Creates a limiter.
   *
   * @param clock where time comes from
   */
  public CountingRateLimiter(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized RateLimitHeaders acquire(RateLimitKey key, RouteLimit limit) {
    Instant now = clock.instant();
    Window window = windows.get(key);
    if (window == null || !now.isBefore(window.resetAt)) {
      window = new Window(now.plus(limit.window()));
      windows.put(key, window);
    }
    window.used++;
    int remaining = Math.max(0, limit.limit() - window.used);
    return new RateLimitHeaders(
        limit.limit(),
        remaining,
        window.resetAt,
        Duration.between(now, window.resetAt),
        key.bucket());
  }

  private static final class Window {
    private final Instant resetAt;
    private int used;

    private Window(Instant resetAt) {
      this.resetAt = resetAt;
    }
  }
}
