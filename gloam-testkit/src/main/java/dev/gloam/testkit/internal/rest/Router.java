package dev.gloam.testkit.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the route for a method and path. */
public final class Router {

  /**
   * The outcome of routing.
   *
   * @param route the matched route, or null
   * @param parameters the placeholder values of the matched route
   * @param pathExists whether some route has this path (with another method if route is null)
   */
  public record Match(Route route, Map<String, String> parameters, boolean pathExists) {}

  private final List<Route> routes = new ArrayList<>();

  /** Creates a router without routes. */
  public Router() {}

  /**
   * Adds a route.
   *
   * @param route the route
   * @return this router
   */
  public Router add(Route route) {
    routes.add(route);
    return this;
  }

  /**
   * Routes a request.
   *
   * @param method the HTTP method
   * @param path the path below the API base, starting with a slash
   * @return the match; its route is null for an unknown path or a wrong method
   */
  public Match route(String method, String path) {
    List<String> segments = List.of(path.substring(1).split("/", -1));
    boolean pathExists = false;
    Match best = null;
    for (Route route : routes) {
      Optional<Map<String, String>> parameters = route.match(segments);
      if (parameters.isPresent()) {
        pathExists = true;
        if (route.method().equals(method)
            && (best == null || route.compareSpecificity(best.route()) < 0)) {
          best = new Match(route, parameters.get(), true);
        }
      }
    }
    return best != null ? best : new Match(null, Map.of(), pathExists);
  }
}
