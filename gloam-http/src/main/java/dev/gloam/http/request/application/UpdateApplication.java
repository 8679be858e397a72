package dev.gloam.http.request.application;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * Changes an application's settings by id; fields not set stay as they are. Maps "Update
 * Application" ({@code PATCH /applications/{application.id}}, in Discord's OpenAPI description).
 * Obtained from {@link dev.gloam.http.ApplicationRequests#updateApplication}.
 *
 * <pre>{@code
 * client.updateApplication(applicationId).description("Rolls dice").send();
 * }</pre>
 */
public final class UpdateApplication extends ApplicationFields<UpdateApplication> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#updateApplication} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public UpdateApplication(Transport transport, Id<ApplicationMarker> applicationId) {
    super(transport, Route.UPDATE_APPLICATION, applicationId);
  }

  @Override
  UpdateApplication self() {
    return this;
  }
}
