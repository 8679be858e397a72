package dev.gloam.http.request.application;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.Application;

/**
 * Gets the application the bot token belongs to. Maps "Get Current Application" ({@code GET
 * /applications/@me}, resources/application). Obtained from {@link
 * dev.gloam.http.ApplicationRequests#currentApplication}.
 *
 * <pre>{@code
 * Application app = client.currentApplication().send().model();
 * }</pre>
 */
public final class GetCurrentApplication extends Request<Application> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#currentApplication} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentApplication(Transport transport) {
    super(transport, Route.GET_MY_APPLICATION, BodyReader.of(Application.class));
  }
}
