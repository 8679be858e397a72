package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;

/**
 * Gets a user by id. Maps "Get User" ({@code GET /users/{user.id}}, resources/user). Obtained from
 * {@link dev.gloam.http.UserRequests#user}.
 *
 * <pre>{@code
 * User user = client.user(userId).send().model();
 * }</pre>
 */
public final class GetUser extends Request<User> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#user} instead.
   *
   * @param transport the client's transport
   * @param userId the user
   */
  public GetUser(Transport transport, Id<UserMarker> userId) {
    super(transport, Route.GET_USER, BodyReader.of(User.class), userId);
  }
}
