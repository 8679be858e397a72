package dev.gloam.testkit.internal.rest.ratelimit;

import com.sun.net.httpserver.Headers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * The rate limit headers of one response (topics/rate-limits, "Header Format").
 *
 * @param bucket the route bucket's state, or null (a global 429 reports none)
 * @param scope the scope of a 429, or null for an admitted request
 * @param retryAfter how long a refused client must wait, or null for an admitted request
 */
public record RateLimitHeaders(BucketState bucket, Scope scope, Duration retryAfter) {

  /**
   * The headers of an admitted request.
   *
   * @param bucket the bucket's state after counting the request
   * @return the headers
   */
  public static RateLimitHeaders admitted(BucketState bucket) {
    return new RateLimitHeaders(bucket, null, null);
  }

  /**
   * Writes the headers the way Discord does: reset as epoch seconds and reset-after as seconds,
   * both with a fraction; {@code Retry-After} in whole seconds, rounded up.
   *
   * @param headers the response headers to add to
   */
  public void applyTo(Headers headers) {
    if (bucket != null) {
      headers.set("X-RateLimit-Limit", Integer.toString(bucket.limit()));
      headers.set("X-RateLimit-Remaining", Integer.toString(bucket.remaining()));
      headers.set("X-RateLimit-Reset", seconds(bucket.resetAt().toEpochMilli()));
      headers.set("X-RateLimit-Reset-After", seconds(Math.max(0, bucket.resetAfter().toMillis())));
      headers.set("X-RateLimit-Bucket", bucket.hash());
    }
    if (scope != null) {
      headers.set("X-RateLimit-Scope", scope.headerValue());
      if (scope == Scope.GLOBAL) {
        headers.set("X-RateLimit-Global", "true");
      }
    }
    if (retryAfter != null) {
      headers.set("Retry-After", Long.toString(wholeSecondsRoundedUp(retryAfter)));
    }
  }

  /**
   * Returns the seconds of a duration as the {@code retry_after} of a 429 body: a float with
   * millisecond precision.
   *
   * @param duration the duration
   * @return for example 4.321
   */
  static double fractionalSeconds(Duration duration) {
    return Math.max(0, duration.toMillis()) / 1000.0;
  }

  private static long wholeSecondsRoundedUp(Duration duration) {
    long millis = Math.max(0, duration.toMillis());
    return (millis + 999) / 1000;
  }

  private static String seconds(long millis) {
    return BigDecimal.valueOf(millis)
        .movePointLeft(3)
        .setScale(3, RoundingMode.UNNECESSARY)
        .toPlainString();
  }
}
