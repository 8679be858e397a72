package dev.gloam.gateway.queue;

import java.time.Duration;
import java.util.Objects;

/**
 * How many sessions a bot may still start, and how many at once: the {@code session_start_limit}
 * object of {@code GET /gateway/bot} (events/gateway, "Session Start Limit Object"). An identify
 * queue starts from one and can be {@linkplain InMemoryIdentifyQueue#update updated} with a fresh
 * one at any time.
 *
 * <pre>{@code
 * // reset_after is sent in milliseconds
 * var limit = new SessionStartLimit(1000, 997, Duration.ofMillis(14_400_000), 16);
 * }</pre>
 *
 * @param total how many sessions may be started per day, at least 1
 * @param remaining how many of them are left, from 0 to {@code total}
 * @param resetAfter how long until {@code remaining} is back to {@code total}, zero or more
 * @param maxConcurrency how many shards may identify in the same interval (one per rate limit key
 *     {@code shardId % maxConcurrency}), at least 1
 */
public record SessionStartLimit(int total, int remaining, Duration resetAfter, int maxConcurrency) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a value is out of its range
   * @throws NullPointerException if {@code resetAfter} is null
   */
  public SessionStartLimit {
    Objects.requireNonNull(resetAfter, "resetAfter");
    if (total < 1) {
      throw new IllegalArgumentException("total must be at least 1, was " + total);
    }
    if (remaining < 0 || remaining > total) {
      throw new IllegalArgumentException(
          "remaining must be from 0 to total (" + total + "), was " + remaining);
    }
    if (resetAfter.isNegative()) {
      throw new IllegalArgumentException("resetAfter must not be negative, was " + resetAfter);
    }
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException(
          "maxConcurrency must be at least 1, was " + maxConcurrency);
    }
  }
}
