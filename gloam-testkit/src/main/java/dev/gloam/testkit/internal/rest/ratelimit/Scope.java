package dev.gloam.testkit.internal.rest.ratelimit;

import java.util.Locale;

/** Which limit a 429 is about, as {@code X-RateLimit-Scope} names it. */
public enum Scope {
  /** A per-route bucket of this bot or user. */
  USER,
  /** The bot's or user's global limit. */
  GLOBAL,
  /** A limit of the resource, shared by every user; does not count as an invalid request. */
  SHARED;

  /**
   * Returns the header value.
   *
   * @return {@code user}, {@code global} or {@code shared}
   */
  public String headerValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
