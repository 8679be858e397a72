package dev.gloam.http.ratelimiting;

import java.io.Serial;

/**
 * A rate limiter refused to let a request go. The {@link #kind()} says why; the message names the
 * route and never contains a token.
 */
public final class RateLimitException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Kind {
    /**
     * An earlier request with the same token was answered 401 Unauthorized, so the token is invalid
     * and every further request with it would count towards Discord's invalid request limit
     * (topics/rate-limits, "Invalid Request Limit"). Requests that authenticate with a webhook or
     * interaction token in their path still go.
     */
    UNAUTHORIZED,
    /** The limiter was closed. */
    CLOSED
  }

  private final Kind kind;

  /**
   * Creates the exception.
   *
   * @param kind why the request was refused
   * @param message what was refused, naming the route but no secret
   */
  public RateLimitException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /**
   * Returns why the request was refused.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
