package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.World;

/**
 * Adds bot-authenticated routes whose handlers run under the world's lock, so that what a handler
 * reads, decides, changes and dispatches is one step that no other change interleaves with.
 */
final class LockedRoutes {

  /** A handler of a stateful route. */
  @FunctionalInterface
  interface Handler {

    /**
     * Answers a request.
     *
     * @param world the world, locked while the handler runs
     * @param request the request
     * @return the answer
     */
    RestResponse handle(World world, RestRequest request);
  }

  private LockedRoutes() {}

  /**
   * Adds a route.
   *
   * @param router the router to add to
   * @param world the world
   * @param method the HTTP method
   * @param template the path template, in the docs' placeholder names
   * @param handler what answers
   */
  static void add(Router router, World world, String method, String template, Handler handler) {
    router.add(
        new Route(
            method, template, true, request -> world.change(() -> handler.handle(world, request))));
  }
}
