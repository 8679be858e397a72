package dev.gloam.http.request.user;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.user.User;
import dev.gloam.validate.user.UserChecks;

/**
 * Changes the current user's username, avatar or banner; fields not set stay as they are. Maps
 * "Modify Current User" ({@code PATCH /users/@me}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#updateCurrentUser}.
 *
 * <pre>{@code
 * User me = client.updateCurrentUser().username("dicebot").send().model();
 * }</pre>
 */
public final class UpdateCurrentUser extends Request<User> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#updateCurrentUser} instead.
   *
   * @param transport the client's transport
   */
  public UpdateCurrentUser(Transport transport) {
    super(transport, Route.UPDATE_MY_USER, BodyReader.of(User.class));
  }

  /**
   * Sets the username.
   *
   * @param username 2 to 32 characters, without {@code @}, {@code #}, {@code :}, {@code ```} or
   *     {@code discord}
   * @return this request
   */
  public UpdateCurrentUser username(String username) {
    json().set("username", username);
    check(() -> UserChecks.username("username", username));
    return this;
  }

  /**
   * Sets the avatar.
   *
   * @param avatar the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateCurrentUser avatar(DataUri avatar) {
    json().set("avatar", avatar == null ? null : avatar.uri());
    return this;
  }

  /**
   * Sets the profile banner.
   *
   * @param banner the image as a data URI, or {@code null} to remove it
   * @return this request
   */
  public UpdateCurrentUser banner(DataUri banner) {
    json().set("banner", banner == null ? null : banner.uri());
    return this;
  }
}
