package dev.gloam.testkit.internal.rest;

import java.util.Objects;

/**
 * Ends a route early with one of Discord's error answers, so that lookups and permission checks
 * deep in a handler read as one line each. The server turns it into the response.
 */
public final class ApiError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The answer; responses are not serializable, and this exception never leaves the JVM. */
  private final transient RestResponse response;

  /**
   * Creates the error.
   *
   * @param response what the client gets
   */
  public ApiError(RestResponse response) {
    super(response.summary(), null, false, false);
    this.response = Objects.requireNonNull(response, "response");
  }

  /**
   * Creates the error from a status, Discord's JSON error code and its message.
   *
   * @param status the HTTP status
   * @param code the JSON error code
   * @param message Discord's message
   */
  public ApiError(int status, int code, String message) {
    this(DiscordErrors.error(status, code, message));
  }

  /**
   * Returns the answer.
   *
   * @return the response
   */
  public RestResponse response() {
    return response;
  }
}
