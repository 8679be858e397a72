/**
 * Discord's REST rate limits, apart from any HTTP client: the {@link
 * dev.gloam.http.ratelimiting.RateLimiter} interface that a client asks before each request and
 * tells about each answer, and an in-memory implementation that keeps the limits of one bot. An
 * HTTP proxy can put the same limiter in front of any transport.
 */
module dev.gloam.http.ratelimiting {
  exports dev.gloam.http.ratelimiting;
}
