package dev.gloam.http.response;

import dev.gloam.http.HttpException;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.ModelJsonException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

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
  private final Function<byte[], T> parser;
  private final String route;

  /**
   * Creates a response; requests create these, programs receive them.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the raw body
   * @param type the model type of the body
   * @param route the route, for error messages
   */
  public Response(int status, HttpHeaders headers, byte[] body, Class<T> type, String route) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.parser = bytes -> ModelJson.read(bytes, type);
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
      return parser.apply(body);
    } catch (ModelJsonException e) {
      throw new HttpException(
          HttpException.Kind.PARSING,
          status,
          null,
          route + " answered " + status + " with a body gloam cannot read: " + e.getMessage(),
          e);
    }
  }

  @Override
  public String toString() {
    return "Response[" + route + " " + status + ", " + body.length + " bytes]";
  }
}
