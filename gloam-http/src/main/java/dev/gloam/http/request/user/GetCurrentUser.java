package dev.gloam.http.request.user;

import dev.gloam.http.Transport;
import dev.gloam.http.request.Request;
import dev.gloam.http.routing.ApiRequest;
import dev.gloam.http.routing.Route;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * Gets the user the token belongs to. Maps "Get Current User" ({@code GET /users/@me},
 * resources/user). Obtained from {@link dev.gloam.http.Client#currentUser}.
 *
 * <pre>{@code
 * User me = client.currentUser().send().model();
 * }</pre>
 */
public final class GetCurrentUser extends Request<User> {
  /**
   * Creates the request; use {@link dev.gloam.http.Client#currentUser} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentUser(Transport transport) {
    super(transport, User.class);
  }

  @Override
  protected ApiRequest toApiRequest() {
    return new ApiRequest(Route.GET_CURRENT_USER, Route.GET_CURRENT_USER.path(), Optional.empty());
  }
}
