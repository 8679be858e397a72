package dev.gloam.testkit.internal.rest;

import dev.gloam.testkit.internal.openapi.PathTemplate;
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
  private final PathTemplate path;
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
    this.path = PathTemplate.parse(template);
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
    return path.match(pathSegments);
  }

  /**
   * Orders routes whose templates match the same path: the one with a literal where the other has a
   * placeholder wins, as Discord routes ({@code /guilds/1/members/search} is the search).
   *
   * @param other the other route
   * @return negative if this route is the more specific
   */
  public int compareSpecificity(Route other) {
    return path.compareSpecificity(other.path);
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
