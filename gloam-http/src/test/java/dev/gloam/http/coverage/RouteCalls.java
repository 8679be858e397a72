package dev.gloam.http.coverage;

import dev.gloam.http.routing.Route;
import java.util.Set;

/**
 * Calls every route of one family of requests against the offline Discord, each at least once with
 * a body testkit's schema validation accepts, and reads each answer into its model with assertions
 * on what came back. {@link RouteCoverageTest} runs every family and checks that each reached all
 * the routes it claims with a success, and that the families together claim every route of the
 * table.
 */
interface RouteCalls {
  /**
   * Returns the routes this family calls.
   *
   * @return the routes
   */
  Set<Route> routes();

  /**
   * Calls the family's routes.
   *
   * @param fixture the offline Discord and the client
   * @throws Exception if a call fails
   */
  void run(Fixture fixture) throws Exception;
}
