package dev.gloam.testkit.internal.websocket;

import java.util.Map;
import java.util.Optional;

/**
 * The HTTP request that opened a WebSocket connection.
 *
 * @param path the request path without the query
 * @param query the query parameters, last value wins
 * @param headers the headers, names in lower case, repeated values joined with commas
 */
public record HandshakeRequest(
    String path, Map<String, String> query, Map<String, String> headers) {

  /**
   * Copies the maps.
   *
   * @param path the request path
   * @param query the query parameters
   * @param headers the headers
   */
  public HandshakeRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /**
   * Returns a query parameter.
   *
   * @param name the parameter name
   * @return its value, if present
   */
  public Optional<String> queryParameter(String name) {
    return Optional.ofNullable(query.get(name));
  }
}
