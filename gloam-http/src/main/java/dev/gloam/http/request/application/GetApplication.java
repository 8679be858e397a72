package dev.gloam.http.request.application;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.Application;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * Gets an application by id; a bot may read its own. Maps "Get Application" ({@code GET
 * /applications/{application.id}}, in Discord's OpenAPI description). Obtained from {@link
 * dev.gloam.http.ApplicationRequests#application}.
 *
 * <pre>{@code
 * Application app = client.application(applicationId).send().model();
 * }</pre>
 */
public final class GetApplication extends Request<Application> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#application} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetApplication(Transport transport, Id<ApplicationMarker> applicationId) {
    super(transport, Route.GET_APPLICATION, BodyReader.of(Application.class), applicationId);
  }
}
