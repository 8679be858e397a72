package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.user.Connection;
import java.util.List;

/**
 * Lists the accounts the current user connected (scope {@code connections}). Maps "Get Current User
 * Connections" ({@code GET /users/@me/connections}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#currentUserConnections}.
 *
 * <pre>{@code
 * List<Connection> accounts = bearerClient.currentUserConnections().send().model();
 * }</pre>
 */
public final class GetCurrentUserConnections extends Request<List<Connection>> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#currentUserConnections} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentUserConnections(Transport transport) {
    super(transport, Route.LIST_MY_CONNECTIONS, BodyReader.listOf(Connection.class));
  }
}
