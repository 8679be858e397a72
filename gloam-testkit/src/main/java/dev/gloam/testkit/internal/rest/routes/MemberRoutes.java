package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.world.World;

/**
 * The stateful routes of guild members: list, search, modify, the current member, role changes,
 * kick, prune (resources/guild.mdx).
 */
public final class MemberRoutes {

  private MemberRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param world the world
   */
  public static void register(Router router, World world) {
    // Filled in by the family's work; until then the description's generated answers serve it.
  }
}
