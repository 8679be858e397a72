package dev.gloam.testkit.internal.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
 * @param query the raw query string without {@code ?}, empty if there was none
 * @param auditLogReason the decoded {@code X-Audit-Log-Reason} header, or null
 * @param bearer whether the caller authenticated with an OAuth2 bearer token (a user's grant)
 *     rather than the bot token
 */
public record RestRequest(
    String method,
    String path,
    Map<String, String> pathParameters,
    String contentType,
    String body,
    String query,
    String auditLogReason,
    boolean bearer) {

  /**
   * Copies the parameters.
   *
   * @param method the HTTP method
   * @param path the path below the API base
   * @param pathParameters the placeholder values
   * @param contentType the content type or empty
   * @param body the body or empty
   * @param query the raw query or empty
   * @param auditLogReason the reason or null
   * @param bearer whether the caller used a bearer token
   */
  public RestRequest {
    pathParameters = Map.copyOf(pathParameters);
    query = query == null ? "" : query;
  }

  /**
   * A request made with the bot token.
   *
   * @param method the HTTP method
   * @param path the path below the API base
   * @param pathParameters the placeholder values
   * @param contentType the content type or empty
   * @param body the body or empty
   * @param query the raw query or empty
   * @param auditLogReason the reason or null
   */
  public RestRequest(
      String method,
      String path,
      Map<String, String> pathParameters,
      String contentType,
      String body,
      String query,
      String auditLogReason) {
    this(method, path, pathParameters, contentType, body, query, auditLogReason, false);
  }

  /**
   * A request without an audit log reason.
   *
   * @param method the HTTP method
   * @param path the path below the API base
   * @param pathParameters the placeholder values
   * @param contentType the content type or empty
   * @param body the body or empty
   * @param query the raw query or empty
   */
  public RestRequest(
      String method,
      String path,
      Map<String, String> pathParameters,
      String contentType,
      String body,
      String query) {
    this(method, path, pathParameters, contentType, body, query, null, false);
  }

  /**
   * Returns the value of a query parameter, percent-decoded.
   *
   * @param name the parameter
   * @return the first value, if the query has the parameter
   */
  public Optional<String> queryParameter(String name) {
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        try {
          return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a snowflake query parameter, such as {@code before} or {@code after} of a paginated list.
   *
   * @param name the parameter
   * @return the id, or empty if the query lacks it or it is not a snowflake
   */
  public Optional<Long> snowflakeQuery(String name) {
    return queryParameter(name)
        .flatMap(
            value -> {
              try {
                return Optional.of(Long.parseUnsignedLong(value));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /**
   * Tells whether a boolean query parameter is set to true, as Discord reads them ({@code true},
   * {@code True} or {@code 1}; reference, "Boolean Query Strings").
   *
   * @param name the parameter
   * @return true if the request sets it to a true value
   */
  public boolean flag(String name) {
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && pair.substring(0, equals).equals(name)) {
        String value = pair.substring(equals + 1);
        return value.equalsIgnoreCase("true") || value.equals("1");
      }
    }
    return false;
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
