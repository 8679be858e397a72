package dev.gloam.http.request.application.command;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;

/**
 * Changes one of the app's commands everywhere the app is installed; fields not set stay as they
 * are. Maps "Edit Global Application Command" ({@code PATCH
 * /applications/{application.id}/commands/{command.id}}, interactions/application-commands).
 * Obtained from {@link dev.gloam.http.CommandRequests#updateGlobalCommand}.
 *
 * <pre>{@code
 * client.updateGlobalCommand(applicationId, commandId).description("Rolls two dice").send();
 * }</pre>
 */
public final class UpdateGlobalCommand extends CommandFields<UpdateGlobalCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#updateGlobalCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param commandId the command
   */
  public UpdateGlobalCommand(
      Transport transport, Id<ApplicationMarker> applicationId, Id<CommandMarker> commandId) {
    super(transport, Route.UPDATE_APPLICATION_COMMAND, false, applicationId, commandId);
  }

  @Override
  UpdateGlobalCommand self() {
    return this;
  }
}
