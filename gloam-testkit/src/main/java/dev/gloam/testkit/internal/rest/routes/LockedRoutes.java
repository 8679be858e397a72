package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.World;

/**
 * Adds routes whose handlers run under the world's lock, so that what a handler reads, decides,
 * changes and dispatches is one step that no other change interleaves with.
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
   * Adds a route that needs the bot's token.
   *
   * @param router the router to add to
   * @param world the world
   * @param method the HTTP method
   * @param template the path template, in the docs' placeholder names
   * @param handler what answers
   */
  static void add(Router router, World world, String method, String template, Handler handler) {
    add(router, world, method, template, true, handler);
  }

  /**
   * Adds a route that a webhook or interaction token in its path authenticates, without a bot
   * token.
   *
   * @param router the router to add to
   * @param world the world
   * @param method the HTTP method
   * @param template the path template, in the docs' placeholder names
   * @param handler what answers
   */
  static void addTokenAuthenticated(
      Router router, World world, String method, String template, Handler handler) {
    add(router, world, method, template, false, handler);
  }

  private static void add(
      Router router,
      World world,
      String method,
      String template,
      boolean requiresBotToken,
      Handler handler) {
    router.add(
        new Route(
            method,
            template,
            requiresBotToken,
            request -> world.change(() -> handler.handle(world, request))));
  }
}
