package dev.gloam.http.response;

import dev.gloam.http.HttpException;
import dev.gloam.model.json.ModelJsonException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/**
 * A successful answer from Discord: status, headers, the raw body, and the body as a model.
 *
 * <p>The body is parsed only when {@link #model()} is called, so a program that needs only the
 * status pays nothing for parsing.
 *
 * <pre>{@code
 * Response<Message> response = client.createMessage(channelId).content("Pong!").send();
 * Message sent = response.model();
 * }</pre>
 *
 * @param <T> the model type of the body
 */
public final class Response<T> {
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final BodyReader<T> reader;
  private final String route;

  /**
   * Creates a response; requests create these, programs receive them.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the raw body
   * @param reader reads the body into its model
   * @param route the route, for error messages; never holds a token
   */
  public Response(
      int status, HttpHeaders headers, byte[] body, BodyReader<T> reader, String route) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.reader = reader;
    this.route = route;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status, such as 200
   */
  public int status() {
    return status;
  }

  /**
   * Returns the response headers, including Discord's {@code X-RateLimit-*} headers.
   *
   * @return the headers
   */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * Returns a copy of the raw body.
   *
   * @return the body's bytes
   */
  public byte[] bytes() {
    return body.clone();
  }

  /**
   * Returns the body as text.
   *
   * @return the body decoded as UTF-8
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Parses the body into its model.
   *
   * @return the model
   * @throws HttpException of kind {@link HttpException.Kind#PARSING} if the body has an unexpected
   *     shape
   */
  public T model() {
    try {
      return reader.read(body);
    } catch (ModelJsonException | JacksonException e) {
      throw new HttpException(
          HttpException.Kind.PARSING,
          status,
          null,
          route,
          route + " answered " + status + " with a body gloam cannot read: " + e.getMessage(),
          e);
    }
  }

  @Override
  public String toString() {
    return "Response[" + route + " " + status + ", " + body.length + " bytes]";
  }
}
