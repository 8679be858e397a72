package dev.gloam.http.ratelimiting;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * What a rate limiter learns from one answer: its status and Discord's rate limit headers
 * (topics/rate-limits, "Header Format"). Headers that were absent or unreadable are empty.
 *
 * @param status the HTTP status, such as 200 or 429
 * @param bucket {@code X-RateLimit-Bucket}: the opaque id of the bucket the route belongs to
 * @param limit {@code X-RateLimit-Limit}: how many requests the bucket allows per window
 * @param remaining {@code X-RateLimit-Remaining}: how many requests are left in this window
 * @param resetAfter {@code X-RateLimit-Reset-After}: how long until the window ends
 * @param reset {@code X-RateLimit-Reset}: when the window ends, in Discord's clock; answers of one
 *     window carry the same value, so it tells a late answer from an earlier window apart
 * @param global {@code X-RateLimit-Global}: whether a 429 was caused by the global limit
 * @param scope {@code X-RateLimit-Scope} on a 429: {@code user}, {@code global} or {@code shared}
 * @param retryAfter how long a 429 asks to wait: the body's {@code retry_after} if known, else the
 *     {@code Retry-After} header
 */
public record Outcome(
    int status,
    Optional<String> bucket,
    OptionalInt limit,
    OptionalInt remaining,
    Optional<Duration> resetAfter,
    Optional<Instant> reset,
    boolean global,
    Optional<Scope> scope,
    Optional<Duration> retryAfter) {

  /** The scope of a 429, from {@code X-RateLimit-Scope}. */
  public enum Scope {
    /** The limit of this bot or user on this route. */
    USER,
    /** The bot's or user's global limit. */
    GLOBAL,
    /**
     * A limit shared by everyone using the resource; it says nothing about this client's pacing and
     * does not count towards the invalid request limit.
     */
    SHARED
  }

  /** Checks that no component is null. */
  public Outcome {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(resetAfter, "resetAfter");
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /**
   * Reads the outcome from an answer's status and headers.
   *
   * @param status the HTTP status
   * @param header looks up a header by name, case-insensitively
   * @return the outcome
   */
  public static Outcome of(int status, Function<String, Optional<String>> header) {
    return new Outcome(
        status,
        header.apply("X-RateLimit-Bucket").filter(value -> !value.isBlank()),
        integer(header.apply("X-RateLimit-Limit")),
        integer(header.apply("X-RateLimit-Remaining")),
        seconds(header.apply("X-RateLimit-Reset-After")),
        instant(header.apply("X-RateLimit-Reset")),
        header
            .apply("X-RateLimit-Global")
            .map(value -> value.equalsIgnoreCase("true"))
            .orElse(false),
        header.apply("X-RateLimit-Scope").flatMap(Outcome::scope),
        seconds(header.apply("Retry-After")));
  }

  /**
   * Returns this outcome with the wait a 429's JSON body asked for ({@code retry_after}, in seconds
   * with a fraction), which is more precise than the {@code Retry-After} header.
   *
   * @param retryAfter the body's wait
   * @return the outcome with that wait
   */
  public Outcome withRetryAfter(Duration retryAfter) {
    return new Outcome(
        status,
        bucket,
        limit,
        remaining,
        resetAfter,
        reset,
        global,
        scope,
        Optional.of(retryAfter));
  }

  /**
   * Returns whether the answer is a 429 Too Many Requests.
   *
   * @return {@code true} for a 429
   */
  public boolean rateLimited() {
    return status == 429;
  }

  /**
   * Returns whether the answer counts towards Discord's invalid request limit: a 401, a 403, or a
   * 429 other than one with the {@code shared} scope (topics/rate-limits, "Invalid Request Limit").
   *
   * @return {@code true} if the answer counts
   */
  public boolean invalid() {
    return status == 401
        || status == 403
        || (status == 429 && scope.filter(s -> s == Scope.SHARED).isEmpty());
  }

  private static OptionalInt integer(Optional<String> value) {
    try {
      return value.isPresent()
          ? OptionalInt.of(Integer.parseInt(value.get().strip()))
          : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Returns whether the answer is a 429 that came without any of Discord's rate limit headers: one
   * from Cloudflare in front of the API (an IP ban after too many invalid requests), not from the
   * API itself.
   *
   * @return {@code true} for a 429 without rate limit headers
   */
  public boolean cloudflare() {
    return status == 429
        && bucket.isEmpty()
        && limit.isEmpty()
        && remaining.isEmpty()
        && resetAfter.isEmpty()
        && scope.isEmpty()
        && !global;
  }

  private static Optional<Instant> instant(Optional<String> value) {
    try {
      return value.map(
          text -> {
            BigDecimal seconds = new BigDecimal(text.strip());
            return Instant.ofEpochSecond(
                seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
          });
    } catch (NumberFormatException | ArithmeticException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> seconds(Optional<String> value) {
    try {
      return value.map(text -> toDuration(Double.parseDouble(text.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Converts seconds with a fraction, as Discord writes them, to a duration; negative and
   * non-finite values count as zero.
   *
   * @param seconds the seconds
   * @return the duration
   */
  public static Duration toDuration(double seconds) {
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(Math.round(seconds * 1_000_000_000d));
  }

  private static Optional<Scope> scope(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "user" -> Optional.of(Scope.USER);
      case "global" -> Optional.of(Scope.GLOBAL);
      case "shared" -> Optional.of(Scope.SHARED);
      default -> Optional.empty();
    };
  }
}
