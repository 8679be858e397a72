package dev.gloam.http.request.application;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;

/**
 * Changes the settings of the application the bot token belongs to; fields not set stay as they
 * are. Maps "Edit Current Application" ({@code PATCH /applications/@me}, resources/application).
 * Obtained from {@link dev.gloam.http.ApplicationRequests#updateCurrentApplication}.
 *
 * <pre>{@code
 * client.updateCurrentApplication().description("Rolls dice").tags(List.of("dice")).send();
 * }</pre>
 */
public final class UpdateCurrentApplication extends ApplicationFields<UpdateCurrentApplication> {
  /**
   * Creates the request; use {@link dev.gloam.http.ApplicationRequests#updateCurrentApplication}
   * instead.
   *
   * @param transport the client's transport
   */
  public UpdateCurrentApplication(Transport transport) {
    super(transport, Route.UPDATE_MY_APPLICATION);
  }

  @Override
  UpdateCurrentApplication self() {
    return this;
  }
}
