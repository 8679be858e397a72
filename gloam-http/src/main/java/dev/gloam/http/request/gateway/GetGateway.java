package dev.gloam.http.request.gateway;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.gateway.connection.ConnectionInfo;

/**
 * Gets the URL to open gateway connections to; needs no token. Maps "Get Gateway" ({@code GET
 * /gateway}, events/gateway). Obtained from {@link dev.gloam.http.GatewayRequests#gateway}.
 *
 * <pre>{@code
 * ConnectionInfo info = client.gateway().send().model();
 * }</pre>
 */
public final class GetGateway extends Request<ConnectionInfo> {
  /**
   * Creates the request; use {@link dev.gloam.http.GatewayRequests#gateway} instead.
   *
   * @param transport the client's transport
   */
  public GetGateway(Transport transport) {
    super(transport, Route.GET_GATEWAY, BodyReader.of(ConnectionInfo.class));
  }
}
