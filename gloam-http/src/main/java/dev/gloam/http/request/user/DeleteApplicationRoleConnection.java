package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * Removes the role connection of the user a Bearer token belongs to. Maps "Delete Current User
 * Application Role Connection" ({@code DELETE
 * /users/@me/applications/{application.id}/role-connection}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#deleteApplicationRoleConnection}.
 *
 * <pre>{@code
 * bearerClient.deleteApplicationRoleConnection(applicationId).send();
 * }</pre>
 */
public final class DeleteApplicationRoleConnection extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#deleteApplicationRoleConnection}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public DeleteApplicationRoleConnection(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.DELETE_APPLICATION_USER_ROLE_CONNECTION,
        BodyReader.empty(),
        applicationId);
  }
}
