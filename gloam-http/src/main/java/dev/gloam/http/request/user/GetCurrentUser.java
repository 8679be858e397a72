package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.user.User;

/**
 * Gets the user the token belongs to. Maps "Get Current User" ({@code GET /users/@me},
 * resources/user). Obtained from {@link dev.gloam.http.UserRequests#currentUser}.
 *
 * <pre>{@code
 * User me = client.currentUser().send().model();
 * }</pre>
 */
public final class GetCurrentUser extends Request<User> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#currentUser} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentUser(Transport transport) {
    super(transport, Route.GET_MY_USER, BodyReader.of(User.class));
  }
}
