package dev.gloam.http;

import dev.gloam.http.response.DiscordError;
import java.io.Serial;
import java.util.Optional;

/**
 * A REST request failed. The {@link #kind()} says how: the request was invalid before it was sent,
 * Discord answered with an error, the request was rate limited, it timed out, or the connection
 * failed. Messages name the route and never contain a token.
 *
 * <pre>{@code
 * try {
 *   client.createMessage(channelId).content(text).send();
 * } catch (HttpException e) {
 *   if (e.kind() == HttpException.Kind.RESPONSE && e.status() == 403) { ... }
 * }
 * }</pre>
 */
public final class HttpException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** How a request failed. */
  public enum Kind {
    /** A field broke one of Discord's documented limits; nothing was sent. */
    VALIDATION,
    /** Discord answered with an error status (4xx other than 429, or 5xx). */
    RESPONSE,
    /** Discord answered 429 Too Many Requests. */
    RATE_LIMITED,
    /** No answer arrived in time. */
    TIMEOUT,
    /** The connection failed or was interrupted. */
    TRANSPORT,
    /** Discord answered with a success status, but the body had an unexpected shape. */
    PARSING
  }

  private final Kind kind;
  private final int status;
  private final transient DiscordError error;

  /**
   * Creates the exception.
   *
   * @param kind how the request failed
   * @param status the HTTP status, or 0 if there was no response
   * @param error Discord's error body, if it sent one
   * @param message what failed, naming the route but no secret
   * @param cause the underlying error, if any
   */
  public HttpException(Kind kind, int status, DiscordError error, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.error = error;
  }

  /**
   * Returns how the request failed.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the HTTP status of Discord's answer.
   *
   * @return the status, or 0 if there was no answer
   */
  public int status() {
    return status;
  }

  /**
   * Returns the error Discord described in its answer: its JSON error code, message and, for
   * invalid form bodies, the errors per field.
   *
   * @return the error, or empty if there was no JSON error body
   */
  public Optional<DiscordError> error() {
    return Optional.ofNullable(error);
  }
}
