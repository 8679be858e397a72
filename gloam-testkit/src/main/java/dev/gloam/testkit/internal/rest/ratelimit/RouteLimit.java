package dev.gloam.testkit.internal.rest.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests a route allows per window, per value of its major parameter.
 *
 * @param limit requests per window
 * @param window the length of a window
 */
public record RouteLimit(int limit, Duration window) {

  /** What routes without their own limit report. */
  public static final RouteLimit DEFAULT = new RouteLimit(50, Duration.ofSeconds(1));

  /** Discord's well-known limit for sending messages to a channel. */
  public static final RouteLimit CREATE_MESSAGE = new RouteLimit(5, Duration.ofSeconds(5));

  /**
   * Checks the values.
   *
   * @param limit requests per window, at least 1
   * @param window the length of a window
   */
  public RouteLimit {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    Objects.requireNonNull(window, "window");
  }
}
