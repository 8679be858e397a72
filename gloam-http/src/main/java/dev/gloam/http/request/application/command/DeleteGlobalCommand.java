package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;

/**
 * Deletes one of the app's commands everywhere the app is installed. Maps "Delete Global
 * Application Command" ({@code DELETE /applications/{application.id}/commands/{command.id}},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#deleteGlobalCommand}.
 *
 * <pre>{@code
 * client.deleteGlobalCommand(applicationId, commandId).send();
 * }</pre>
 */
public final class DeleteGlobalCommand extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#deleteGlobalCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param commandId the command
   */
  public DeleteGlobalCommand(
      Transport transport, Id<ApplicationMarker> applicationId, Id<CommandMarker> commandId) {
    super(
        transport, Route.DELETE_APPLICATION_COMMAND, BodyReader.empty(), applicationId, commandId);
  }
}
