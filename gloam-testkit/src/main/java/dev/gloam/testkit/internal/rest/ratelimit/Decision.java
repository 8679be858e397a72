package dev.gloam.testkit.internal.rest.ratelimit;

import dev.gloam.testkit.internal.rest.RestResponse;

/**
 * The rate limiter's answer for one request.
 *
 * @param headers the rate limit headers the response carries
 * @param refusal the 429 to send instead of calling the route, or null if the request is admitted
 */
public record Decision(RateLimitHeaders headers, RestResponse refusal) {

  /**
   * Tells whether the request is refused.
   *
   * @return true if {@link #refusal()} must be sent instead of calling the route
   */
  public boolean refused() {
    return refusal != null;
  }
}
