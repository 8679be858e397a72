package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.World;

/** {@code GET /users/@me}: the bot's own user. */
public final class UserRoutes {

  private UserRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    router.add(
        new Route(
            "GET",
            "/users/@me",
            true,
            request ->
                RestResponse.ok(
                    world.bot().toCurrentUserJson(), "user " + world.bot().username())));
  }
}
