package dev.gloam.http.ratelimiting;

import java.util.concurrent.CompletableFuture;

/**
 * Decides when a REST request may be sent, and learns Discord's limits from the answers. A client
 * calls {@link #acquire} before each request, sends it once the permit arrives, and then reports
 * the answer with {@link Permit#complete}, or {@link Permit#cancel} if there was none.
 *
 * <p>Implementations must be thread-safe: one limiter serves every request of one bot token.
 *
 * <pre>{@code
 * RateLimiter limiter = InMemoryRateLimiter.create();
 * Permit permit = limiter.acquire(Endpoint.of("POST /channels/{channel_id}/messages", "123")).join();
 * HttpResponse<byte[]> response = send(request);
 * permit.complete(Outcome.of(response.statusCode(), name -> response.headers().firstValue(name)));
 * }</pre>
 */
public interface RateLimiter {
  /**
   * Waits until a request to the endpoint may be sent without exceeding a known limit.
   *
   * @param endpoint the request's route and major parameter
   * @return the permit, once the request may go; it fails with a {@link RateLimitException} if the
   *     limiter refuses the request (see {@link RateLimitException.Kind})
   */
  CompletableFuture<Permit> acquire(Endpoint endpoint);

  /**
   * Returns a limiter that lets every request go at once and learns nothing: for a client behind a
   * rate-limiting proxy, or for benchmarks against a server without limits.
   *
   * @return the limiter
   */
  static RateLimiter unlimited() {
    return Unlimited.INSTANCE;
  }
}
