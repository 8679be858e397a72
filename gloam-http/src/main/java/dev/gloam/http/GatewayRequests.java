package dev.gloam.http;

import dev.gloam.http.request.gateway.GetGateway;
import dev.gloam.http.request.gateway.GetGatewayBot;
import dev.gloam.http.transport.Transport;

/**
 * The gateway's URL, and for bots the recommended shard count and session start limit
 * (events/gateway).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /gateway}
 *   <li>{@code GET /gateway/bot}
 * </ul>
 */
public sealed interface GatewayRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the gateway URL, the recommended shard count and the session start limit. Maps "Get
   * Gateway Bot" ({@code GET /gateway/bot}, events/gateway).
   *
   * @return the request
   */
  default GetGatewayBot gatewayBot() {
    return new GetGatewayBot(transport());
  }

  /**
   * Gets the URL to open gateway connections to; needs no token. Maps "Get Gateway" ({@code GET
   * /gateway}, events/gateway).
   *
   * @return the request
   */
  default GetGateway gateway() {
    return new GetGateway(transport());
  }
}
