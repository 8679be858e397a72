package dev.gloam.testkit.internal.rest.ratelimit;

/**
 * Decides the rate limit state of each routed request. This is where enforcement (429 responses)
 * will plug in; the current implementation only counts.
 */
public interface RateLimiter {

  /**
   * Counts a request and returns the headers its response carries.
   *
   * @param key the bucket and major parameter of the request
   * @param limit the route's limit
   * @return the headers to send
   */
  RateLimitHeaders acquire(RateLimitKey key, RouteLimit limit);
}
