package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.user.ApplicationRoleConnection;

/**
 * Gets the role connection the user a Bearer token belongs to has with an app. Maps "Get Current
 * User Application Role Connection" ({@code GET
 * /users/@me/applications/{application.id}/role-connection}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#applicationRoleConnection}.
 *
 * <pre>{@code
 * ApplicationRoleConnection connection = bearerClient.applicationRoleConnection(applicationId).send().model();
 * }</pre>
 */
public final class GetApplicationRoleConnection extends Request<ApplicationRoleConnection> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#applicationRoleConnection} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetApplicationRoleConnection(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.GET_APPLICATION_USER_ROLE_CONNECTION,
        BodyReader.of(ApplicationRoleConnection.class),
        applicationId);
  }
}
