package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Opens (or finds) the DM channel with a user. Maps "Create DM" ({@code POST /users/@me/channels},
 * resources/user). Obtained from {@link dev.gloam.http.UserRequests#createDm}.
 *
 * <pre>{@code
 * Channel dm = client.createDm(userId).send().model();
 * }</pre>
 */
public final class CreateDm extends Request<Channel> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#createDm} instead.
   *
   * @param transport the client's transport
   * @param recipientId the user to talk to
   */
  public CreateDm(Transport transport, Id<UserMarker> recipientId) {
    super(transport, Route.CREATE_DM, BodyReader.of(Channel.class));
    recipientId(recipientId);
  }

  /**
   * Sets the user to talk to.
   *
   * @param recipientId the user
   * @return this request
   */
  public CreateDm recipientId(Id<UserMarker> recipientId) {
    json().set("recipient_id", recipientId);
    return this;
  }
}
