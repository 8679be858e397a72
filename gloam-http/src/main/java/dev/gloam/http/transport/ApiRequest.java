package dev.gloam.http.transport;

import dev.gloam.http.ratelimiting.Endpoint;
import dev.gloam.http.routing.MajorParameter;
import dev.gloam.http.routing.Route;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One REST call as a transport sends it: method, path template and the values for its placeholders,
 * query, audit log reason and body. Typed requests build these from the {@link Route} table; raw
 * requests build them from a method and path.
 *
 * <p>{@link #toString()} and {@link #endpoint()} never show a webhook or interaction token: token
 * placeholders print as {@code <token>}, and rate limiters see only a hash of the token.
 *
 * @param method the HTTP method, such as {@code POST}
 * @param template the path template, such as {@code /channels/{channel_id}/messages}
 * @param majorParameter the top-level parameter rate limits are counted per
 * @param pathValues the values of the template's placeholders, in order, not yet encoded
 * @param query the encoded query without {@code ?}, or {@code ""}
 * @param auditLogReason the reason for the guild's audit log, not yet encoded
 * @param headers further headers the operation needs, such as {@code X-GitHub-Event}; never {@code
 *     Authorization}, which the transport sets
 * @param body the body
 * @param interaction whether the request answers an interaction, so that Discord exempts it from
 *     the global rate limit
 * @param timeout how long to wait for the answer, if not the client's default
 */
public record ApiRequest(
    String method,
    String template,
    MajorParameter majorParameter,
    List<String> pathValues,
    String query,
    Optional<String> auditLogReason,
    Map<String, String> headers,
    RequestBody body,
    boolean interaction,
    Optional<Duration> timeout) {

  /** Headers the transport sets itself, which a request may not override (lower case). */
  public static final Set<String> RESERVED_HEADERS =
      Set.of(
          "authorization",
          "user-agent",
          "content-type",
          "content-length",
          "host",
          "accept-encoding",
          "x-audit-log-reason");

  /** Checks the components and that there is one value per placeholder. */
  public ApiRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(majorParameter, "majorParameter");
    pathValues = List.copyOf(pathValues);
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(auditLogReason, "auditLogReason");
    headers = Map.copyOf(headers);
    for (String name : headers.keySet()) {
      if (RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the transport sets " + name + " itself");
      }
    }
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(timeout, "timeout");
    int placeholders = Route.placeholders(template).size();
    if (placeholders != pathValues.size()) {
      throw new IllegalArgumentException(
          method
              + " "
              + template
              + " has "
              + placeholders
              + " placeholders, got "
              + pathValues.size()
              + " values");
    }
  }

  /**
   * Starts a request for a route of the table.
   *
   * @param route the route
   * @param pathValues the placeholder values, in order
   * @return the request, without query, reason or body
   */
  public static ApiRequest of(Route route, List<String> pathValues) {
    return new ApiRequest(
        route.method(),
        route.template(),
        route.majorParameter(),
        pathValues,
        "",
        Optional.empty(),
        Map.of(),
        RequestBody.none(),
        false,
        Optional.empty());
  }

  /**
   * Returns the path with its placeholders filled in and percent-encoded.
   *
   * @return the path relative to the API base, with the query if there is one
   */
  public String path() {
    return fill(false) + (query.isEmpty() ? "" : "?" + query);
  }

  /**
   * Returns the route's name in the form the route table and rate limiters use.
   *
   * @return method and template, such as {@code POST /channels/{channel_id}/messages}
   */
  public String routeKey() {
    return method + " " + template;
  }

  /**
   * Returns whether the request authenticates with a token in its path rather than with the
   * client's {@code Authorization} header.
   *
   * @return {@code true} for webhook-token and interaction routes
   */
  public boolean tokenInPath() {
    return Route.placeholders(template).stream().anyMatch(Route::isToken);
  }

  /**
   * Describes the request for a rate limiter: its route, its major parameter's value (a token
   * replaced by a hash of it), whether it carries the client's token, and whether the global limit
   * applies.
   *
   * @return the endpoint
   */
  public Endpoint endpoint() {
    List<String> names = Route.placeholders(template);
    String major = "";
    if (majorParameter != MajorParameter.NONE && !pathValues.isEmpty()) {
      major = pathValues.get(0);
      if (names.size() > 1 && Route.isToken(names.get(1))) {
        major = major + "/" + hash(pathValues.get(1));
      }
    }
    return new Endpoint(routeKey(), major, !tokenInPath(), !interaction);
  }

  /** Describes the request by method and path, with tokens masked. */
  @Override
  public String toString() {
    return method + " " + fill(true);
  }

  private String fill(boolean maskTokens) {
    List<String> names = Route.placeholders(template);
    StringBuilder path = new StringBuilder(template.length() + 32);
    int next = 0;
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i);
        String value = pathValues.get(next);
        path.append(
            maskTokens && Route.isToken(names.get(next)) ? "<token>" : encodeSegment(value));
        next++;
        i = end + 1;
      } else {
        path.append(c);
        i++;
      }
    }
    return path.toString();
  }

  /**
   * Percent-encodes a path segment: everything but RFC 3986's unreserved characters, {@code :} and
   * {@code @} (which custom emoji and {@code @me} use) is encoded as UTF-8.
   *
   * @param value the raw value
   * @return the encoded segment
   */
  public static String encodeSegment(String value) {
    StringBuilder out = null;
    byte[] bytes = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!unreserved(c)) {
        bytes = value.getBytes(StandardCharsets.UTF_8);
        out = new StringBuilder(bytes.length * 3);
        break;
      }
    }
    if (out == null) {
      return value;
    }
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (b >= 0 && unreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == ':'
        || c == '@';
  }

  private static String hash(String token) {
    // Tokens of one webhook or interaction need one bucket each, but endpoints are printed in logs
    // and metrics, so the limiter gets a digest instead of the token.
    return Integer.toHexString(token.hashCode());
  }
}
