package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;

/**
 * Gets one of the app's commands everywhere the app is installed. Maps "Get Global Application
 * Command" ({@code GET /applications/{application.id}/commands/{command.id}},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#globalCommand}.
 *
 * <pre>{@code
 * ApplicationCommand command = client.globalCommand(applicationId, commandId).send().model();
 * }</pre>
 */
public final class GetGlobalCommand extends Request<ApplicationCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#globalCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param commandId the command
   */
  public GetGlobalCommand(
      Transport transport, Id<ApplicationMarker> applicationId, Id<CommandMarker> commandId) {
    super(
        transport,
        Route.GET_APPLICATION_COMMAND,
        BodyReader.of(ApplicationCommand.class),
        applicationId,
        commandId);
  }
}
