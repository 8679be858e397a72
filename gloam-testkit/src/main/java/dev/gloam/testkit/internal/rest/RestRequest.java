package dev.gloam.testkit.internal.rest;

import java.util.Map;
import java.util.Optional;

/**
 * A REST request after routing.
 *
 * @param method the HTTP method
 * @param path the path below the API base, for example {@code /channels/1/messages}
 * @param pathParameters the values of the route's placeholders, by placeholder name
 * @param contentType the {@code Content-Type} header, or an empty string
 * @param body the request body as text, empty if there was none
 */
public record RestRequest(
    String method,
    String path,
    Map<String, String> pathParameters,
    String contentType,
    String body) {

  /**
   * Copies the parameters.
   *
   * @param method the HTTP method
   * @param path the path below the API base
   * @param pathParameters the placeholder values
   * @param contentType the content type or empty
   * @param body the body or empty
   */
  public RestRequest {
    pathParameters = Map.copyOf(pathParameters);
  }

  /**
   * Reads a snowflake placeholder.
   *
   * @param name the placeholder, for example {@code channel.id}
   * @return the id, or empty if it is missing or not a snowflake
   */
  public Optional<Long> snowflake(String name) {
    String value = pathParameters.get(name);
    if (value == null || value.isEmpty() || value.length() > 20) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseUnsignedLong(value));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
