package dev.gloam.http.ratelimiting;

/**
 * Permission to send one request, granted by {@link RateLimiter#acquire}. Exactly one of {@link
 * #complete} and {@link #cancel} must be called once the request is over, or the request's bucket
 * stays blocked; later calls are ignored.
 */
public interface Permit {
  /**
   * Reports Discord's answer, so that the limiter learns the bucket and its remaining requests, and
   * after a 429 holds back the requests that would meet the same limit.
   *
   * @param outcome the answer's status and rate limit headers
   */
  void complete(Outcome outcome);

  /** Reports that the request got no answer (it failed to connect or timed out). */
  void cancel();
}
