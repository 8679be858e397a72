package dev.gloam.testkit.internal.rest.ratelimit;

import com.sun.net.httpserver.Headers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The rate limit headers of one response.
 *
 * @param limit requests per window
 * @param remaining requests left in the current window
 * @param resetAt when the window ends
 * @param resetAfter how long until the window ends
 * @param bucket the opaque bucket hash
 */
public record RateLimitHeaders(
    int limit, int remaining, Instant resetAt, Duration resetAfter, String bucket) {

  /**
   * Writes the headers the way Discord does: reset as epoch seconds and reset-after as seconds,
   * both with a fraction.
   *
   * @param headers the response headers to add to
   */
  public void applyTo(Headers headers) {
    headers.set("X-RateLimit-Limit", Integer.toString(limit));
    headers.set("X-RateLimit-Remaining", Integer.toString(remaining));
    headers.set("X-RateLimit-Reset", seconds(resetAt.toEpochMilli()));
    headers.set("X-RateLimit-Reset-After", seconds(Math.max(0, resetAfter.toMillis())));
    headers.set("X-RateLimit-Bucket", bucket);
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis)
        .movePointLeft(3)
        .setScale(3, RoundingMode.UNNECESSARY)
        .toPlainString();
  }
}
