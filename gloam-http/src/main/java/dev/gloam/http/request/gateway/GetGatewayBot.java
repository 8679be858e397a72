package dev.gloam.http.request.gateway;

import dev.gloam.http.Transport;
import dev.gloam.http.request.Request;
import dev.gloam.http.routing.ApiRequest;
import dev.gloam.http.routing.Route;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import java.util.Optional;

/**
 * Gets where the bot's shards should connect, how many Discord recommends and how many sessions may
 * still start. Maps "Get Gateway Bot" ({@code GET /gateway/bot}, events/gateway). Obtained from
 * {@link dev.gloam.http.Client#gatewayBot}.
 *
 * <pre>{@code
 * BotConnectionInfo info = client.gatewayBot().send().model();
 * }</pre>
 */
public final class GetGatewayBot extends Request<BotConnectionInfo> {
  /**
   * Creates the request; use {@link dev.gloam.http.Client#gatewayBot} instead.
   *
   * @param transport the client's transport
   */
  public GetGatewayBot(Transport transport) {
    super(transport, BotConnectionInfo.class);
  }

  @Override
  protected ApiRequest toApiRequest() {
    return new ApiRequest(Route.GET_GATEWAY_BOT, Route.GET_GATEWAY_BOT.path(), Optional.empty());
  }
}
