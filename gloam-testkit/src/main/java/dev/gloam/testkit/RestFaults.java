package dev.gloam.testkit;

import dev.gloam.testkit.internal.rest.fault.FaultPlan;
import java.time.Duration;
import java.util.Objects;

/**
 * Faults to inject into the REST API, to test how a client copes with Discord having a bad day:
 * server errors, unexpected 429s and slow answers. Each fault applies to the next requests of one
 * route, written as method and path template like {@code "POST /channels/{channel.id}/messages"}
 * (placeholder names do not matter), or of every route with {@code "*"}. Faulted requests do not
 * reach the route and do not count against its rate limit.
 *
 * <pre>{@code
 * discord.restFaults().fail("POST /channels/{channel.id}/messages", 502, 2);
 * // the next two message creates get 502; the third is answered normally
 * }</pre>
 */
public final class RestFaults {
  private final FaultPlan plan;

  RestFaults(FaultPlan plan) {
    this.plan = plan;
  }

  /**
   * Answers the next {@code times} requests of a route with a server error.
   *
   * @param route method and path template, or {@code "*"}
   * @param status 500 to 599
   * @param times how many requests, at least 1
   * @return this, to chain faults
   */
  public RestFaults fail(String route, int status, int times) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("a server error is 500 to 599, not " + status);
    }
    plan.add(route, new FaultPlan.Fault.Fail(status), times);
    return this;
  }

  /**
   * Answers the next {@code times} requests of a route with a 429 of user scope, with the headers
   * and body of an empty bucket, although the route's real bucket is untouched.
   *
   * @param route method and path template, or {@code "*"}
   * @param retryAfter how long the client is told to wait, positive
   * @param times how many requests, at least 1
   * @return this, to chain faults
   */
  public RestFaults rateLimit(String route, Duration retryAfter, int times) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("retryAfter must be positive");
    }
    plan.add(route, new FaultPlan.Fault.RateLimited(retryAfter), times);
    return this;
  }

  /**
   * Holds the next {@code times} requests of a route for a while before answering them normally (or
   * with another fault added for them).
   *
   * @param route method and path template, or {@code "*"}
   * @param delay how long, zero or positive
   * @param times how many requests, at least 1
   * @return this, to chain faults
   */
  public RestFaults delay(String route, Duration delay, int times) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a delay cannot be negative");
    }
    plan.add(route, new FaultPlan.Fault.Delay(delay), times);
    return this;
  }

  /** Forgets every fault that has not been used yet. */
  public void clear() {
    plan.clear();
  }
}
