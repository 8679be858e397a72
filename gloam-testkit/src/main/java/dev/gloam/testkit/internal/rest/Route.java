package dev.gloam.testkit.internal.rest;

import dev.gloam.testkit.internal.rest.ratelimit.RouteLimit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One REST route: a method, a path template such as {@code /channels/{channel.id}/messages}, a
 * handler and its rate limit.
 */
public final class Route {

  // Discord keys rate limits on these parameters separately, so they are the "major" ones.
  private static final Set<String> MAJOR_PARAMETERS =
      Set.of("channel.id", "guild.id", "webhook.id");

  private final String method;
  private final String template;
  private final List<String> segments;
  private final boolean requiresAuthorization;
  private final RouteLimit limit;
  private final RouteHandler handler;
  private final String bucket;

  /**
   * Creates a route.
   *
   * @param method the HTTP method
   * @param template the path template below the API base
   * @param requiresAuthorization whether a bot token is required
   * @param limit the rate limit to report
   * @param handler what answers the requests
   */
  public Route(
      String method,
      String template,
      boolean requiresAuthorization,
      RouteLimit limit,
      RouteHandler handler) {
    this.method = Objects.requireNonNull(method, "method");
    this.template = Objects.requireNonNull(template, "template");
    this.segments = List.of(template.substring(1).split("/"));
    this.requiresAuthorization = requiresAuthorization;
    this.limit = Objects.requireNonNull(limit, "limit");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.bucket = bucketHash(method + " " + template);
  }

  /**
   * Matches a path against the template.
   *
   * @param pathSegments the request path split at slashes, without the leading empty segment
   * @return the placeholder values if the path matches
   */
  public Optional<Map<String, String>> match(List<String> pathSegments) {
    if (pathSegments.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String expected = segments.get(i);
      String actual = pathSegments.get(i);
      if (expected.startsWith("{") && expected.endsWith("}")) {
        if (actual.isEmpty()) {
          return Optional.empty();
        }
        parameters.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  /**
   * Returns the value of the major parameter, which separates rate limit counters.
   *
   * @param parameters the matched placeholders
   * @return the value, or an empty string if the route has none
   */
  public String majorParameter(Map<String, String> parameters) {
    List<String> values = new ArrayList<>();
    parameters.forEach(
        (name, value) -> {
          if (MAJOR_PARAMETERS.contains(name)) {
            values.add(value);
          }
        });
    return String.join("/", values);
  }

  /**
   * Returns the HTTP method.
   *
   * @return for example {@code POST}
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path template.
   *
   * @return for example {@code /channels/{channel.id}/messages}
   */
  public String template() {
    return template;
  }

  /**
   * Tells whether the route needs {@code Authorization: Bot <token>}.
   *
   * @return true for every route except the public gateway URL
   */
  public boolean requiresAuthorization() {
    return requiresAuthorization;
  }

  /**
   * Returns the rate limit the route reports.
   *
   * @return the limit
   */
  public RouteLimit limit() {
    return limit;
  }

  /**
   * Returns the handler.
   *
   * @return the handler
   */
  public RouteHandler handler() {
    return handler;
  }

  /**
   * Returns the opaque bucket hash reported in {@code X-RateLimit-Bucket}.
   *
   * @return 32 hex digits, stable for the route
   */
  public String bucket() {
    return bucket;
  }

  private static String bucketHash(String routeKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(routeKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
