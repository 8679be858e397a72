package dev.gloam.http.request.gateway;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.gateway.connection.BotConnectionInfo;

/**
 * Gets where the bot's shards should connect, how many Discord recommends and how many sessions may
 * still start. Maps "Get Gateway Bot" ({@code GET /gateway/bot}, events/gateway). Obtained from
 * {@link dev.gloam.http.GatewayRequests#gatewayBot}.
 *
 * <pre>{@code
 * BotConnectionInfo info = client.gatewayBot().send().model();
 * }</pre>
 */
public final class GetGatewayBot extends Request<BotConnectionInfo> {
  /**
   * Creates the request; use {@link dev.gloam.http.GatewayRequests#gatewayBot} instead.
   *
   * @param transport the client's transport
   */
  public GetGatewayBot(Transport transport) {
    super(transport, Route.GET_BOT_GATEWAY, BodyReader.of(BotConnectionInfo.class));
  }
}
