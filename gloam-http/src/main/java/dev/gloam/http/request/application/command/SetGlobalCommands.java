package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.List;

/**
 * Replaces all of the app's commands everywhere the app is installed with the given ones: commands
 * not in the list are deleted, commands whose type and name match keep their id. Maps "Bulk
 * Overwrite Global Application Commands" ({@code PUT /applications/{application.id}/commands},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#setGlobalCommands}.
 *
 * <pre>{@code
 * client.setGlobalCommands(applicationId, List.of(
 *     CommandDefinition.chatInput("ping", "Replies with pong"),
 *     CommandDefinition.user("High five"))).send();
 * }</pre>
 */
public final class SetGlobalCommands extends Request<List<ApplicationCommand>> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#setGlobalCommands} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param commands the commands, replacing the current ones
   */
  public SetGlobalCommands(
      Transport transport, Id<ApplicationMarker> applicationId, List<CommandDefinition> commands) {
    super(
        transport,
        Route.BULK_SET_APPLICATION_COMMANDS,
        BodyReader.listOf(ApplicationCommand.class),
        applicationId);
    this.commands = List.copyOf(commands);
  }

  private final List<CommandDefinition> commands;

  @Override
  protected void validate() {
    CommandDefinition.validateAll(commands);
  }

  @Override
  protected RequestBody body() {
    return CommandDefinition.bodyOf(commands);
  }
}
