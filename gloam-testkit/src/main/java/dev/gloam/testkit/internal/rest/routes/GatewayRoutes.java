package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.gateway.SessionStartLimit;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import java.net.URI;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /gateway} and {@code GET /gateway/bot}: where the gateway is. */
public final class GatewayRoutes {

  private GatewayRoutes() {}

  /**
   * Adds the routes.
   *
   * @param router the router to add to
   * @param gatewayUrl the gateway's URL
   * @param sessionStartLimit the remaining session starts
   */
  public static void register(Router router, URI gatewayUrl, SessionStartLimit sessionStartLimit) {
    router.add(
        new Route(
            "GET",
            "/gateway",
            false,
            request -> {
              ObjectNode body = Json.object();
              body.put("url", gatewayUrl.toString());
              return RestResponse.ok(body, "gateway " + gatewayUrl);
            }));
    router.add(
        new Route(
            "GET",
            "/gateway/bot",
            true,
            request -> {
              ObjectNode body = Json.object();
              body.put("url", gatewayUrl.toString());
              body.put("shards", 1);
              body.set("session_start_limit", sessionStartLimit.toJson());
              return RestResponse.ok(body, "gateway " + gatewayUrl + " shards 1");
            }));
  }
}
