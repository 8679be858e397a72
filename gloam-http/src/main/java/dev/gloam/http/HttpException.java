package dev.gloam.http;

import dev.gloam.http.response.DiscordError;
import dev.gloam.validate.ValidationException;
import java.io.Serial;
import java.util.Optional;

/**
 * A REST request failed. The {@link #kind()} says how: a field broke a limit before anything was
 * sent, Discord answered with an error, the request stayed rate limited after its retries, the
 * token was refused, it timed out, or the connection failed. Messages name the route and never
 * contain a token.
 *
 * <pre>{@code
 * try {
 *   client.createMessage(channelId).content(text).send();
 * } catch (HttpException e) {
 *   switch (e.kind()) {
 *     case VALIDATION -> System.out.println("fix the input: " + e.getMessage());
 *     case RESPONSE -> System.out.println("Discord said " + e.error().map(DiscordError::code));
 *     default -> throw e;
 *   }
 * }
 * }</pre>
 */
public final class HttpException extends RuntimeException {
  @Serial private static final long serialVersionUID = 1L;

  /** How a request failed. */
  public enum Kind {
    /**
     * A field broke one of Discord's documented limits; nothing was sent. The cause is the {@link
     * ValidationException} that names the field and the limit.
     */
    VALIDATION,
    /** Discord answered with an error status (4xx other than 401 and 429, or 5xx). */
    RESPONSE,
    /** Discord still answered 429 Too Many Requests after the client's retries. */
    RATE_LIMITED,
    /**
     * Discord answered 401 Unauthorized: the token is invalid. From then on the client refuses
     * every request that would send the token, so that it does not run into Discord's invalid
     * request limit; requests authenticated by a webhook or interaction token still go.
     */
    UNAUTHORIZED,
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
  private final String route;

  /**
   * Creates the exception.
   *
   * @param kind how the request failed
   * @param status the HTTP status, or 0 if there was no response
   * @param error Discord's error body, if it sent one
   * @param route the route, such as {@code POST /channels/{channel_id}/messages}
   * @param message what failed, naming the route but no secret
   * @param cause the underlying error, if any
   */
  public HttpException(
      Kind kind, int status, DiscordError error, String route, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.error = error;
    this.route = route;
  }

  /**
   * Creates the exception for a field that breaks a limit.
   *
   * @param route the route, such as {@code POST /channels/{channel_id}/messages}
   * @param cause the broken limit
   * @return the exception
   */
  public static HttpException validation(String route, ValidationException cause) {
    return new HttpException(
        Kind.VALIDATION, 0, null, route, route + ": " + cause.getMessage(), cause);
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
   * Returns the route of the failed request, as in the route table.
   *
   * @return the route, such as {@code POST /channels/{channel_id}/messages}
   */
  public String route() {
    return route;
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

  /**
   * Returns the broken limit of a {@link Kind#VALIDATION} failure.
   *
   * @return the validation error, or empty for other kinds
   */
  public Optional<ValidationException> validationError() {
    return getCause() instanceof ValidationException v ? Optional.of(v) : Optional.empty();
  }
}
