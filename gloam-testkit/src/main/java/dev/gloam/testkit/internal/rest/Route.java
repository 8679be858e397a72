package dev.gloam.testkit.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One REST route: a method, a path template such as {@code /channels/{channel.id}/messages} and a
 * handler. Rate limits are decided elsewhere, by the route's method and template.
 */
public final class Route {

  private final String method;
  private final String template;
  private final List<String> segments;
  private final boolean requiresAuthorization;
  private final RouteHandler handler;

  /**
   * Creates a route.
   *
   * @param method the HTTP method
   * @param template the path template below the API base
   * @param requiresAuthorization whether a bot token is required
   * @param handler what answers the requests
   */
  public Route(
      String method, String template, boolean requiresAuthorization, RouteHandler handler) {
    this.method = Objects.requireNonNull(method, "method");
    this.template = Objects.requireNonNull(template, "template");
    this.segments = List.of(template.substring(1).split("/"));
    this.requiresAuthorization = requiresAuthorization;
    this.handler = Objects.requireNonNull(handler, "handler");
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
   * Counts the segments of the template that are not placeholders; a path that matches several
   * routes goes to the one with the most.
   *
   * @return the number of literal segments
   */
  public int literalSegments() {
    return (int) segments.stream().filter(s -> !(s.startsWith("{") && s.endsWith("}"))).count();
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
   * Returns the handler.
   *
   * @return the handler
   */
  public RouteHandler handler() {
    return handler;
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
