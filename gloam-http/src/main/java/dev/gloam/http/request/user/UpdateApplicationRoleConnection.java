package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.user.ApplicationRoleConnection;
import dev.gloam.validate.user.UserChecks;
import java.util.Map;

/**
 * Sets the role connection of the user a Bearer token belongs to (scope {@code
 * role_connections.write}). Maps "Update Current User Application Role Connection" ({@code PUT
 * /users/@me/applications/{application.id}/role-connection}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#updateApplicationRoleConnection}.
 *
 * <pre>{@code
 * bearerClient.updateApplicationRoleConnection(applicationId)
 *     .platformName("Dice League").metadata(Map.of("wins", "12")).send();
 * }</pre>
 */
public final class UpdateApplicationRoleConnection extends Request<ApplicationRoleConnection> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#updateApplicationRoleConnection}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public UpdateApplicationRoleConnection(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.UPDATE_APPLICATION_USER_ROLE_CONNECTION,
        BodyReader.of(ApplicationRoleConnection.class),
        applicationId);
  }

  /**
   * Sets the name of the connected platform.
   *
   * @param platformName up to 50 characters
   * @return this request
   */
  public UpdateApplicationRoleConnection platformName(String platformName) {
    json().set("platform_name", platformName);
    check(() -> UserChecks.platformName(platformName));
    return this;
  }

  /**
   * Sets the user's name on the connected platform.
   *
   * @param platformUsername up to 100 characters
   * @return this request
   */
  public UpdateApplicationRoleConnection platformUsername(String platformUsername) {
    json().set("platform_username", platformUsername);
    check(() -> UserChecks.platformUsername(platformUsername));
    return this;
  }

  /**
   * Sets the user's values for the app's role connection metadata.
   *
   * @param metadata values of up to 100 characters by metadata key
   * @return this request
   */
  public UpdateApplicationRoleConnection metadata(Map<String, String> metadata) {
    json().set("metadata", metadata);
    check(() -> UserChecks.roleConnectionMetadata(metadata));
    return this;
  }
}
