package dev.gloam.http.request.application.command;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;

/**
 * Creates a command everywhere the app is installed; a command of the same type and name is
 * replaced. Maps "Create Global Application Command" ({@code POST
 * /applications/{application.id}/commands}, interactions/application-commands). Obtained from
 * {@link dev.gloam.http.CommandRequests#createGlobalCommand}.
 *
 * <pre>{@code
 * ApplicationCommand ping = client.createGlobalCommand(applicationId, "ping").description("Replies with pong").send().model();
 * }</pre>
 */
public final class CreateGlobalCommand extends CommandFields<CreateGlobalCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#createGlobalCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}
   */
  public CreateGlobalCommand(
      Transport transport, Id<ApplicationMarker> applicationId, String name) {
    super(transport, Route.CREATE_APPLICATION_COMMAND, true, applicationId);
    name(name);
  }

  /**
   * Sets the command's type; also chooses the name and description rules that are checked.
   *
   * @param type the type; chat input when not set
   * @return this request
   */
  public CreateGlobalCommand type(CommandType type) {
    return withType(type);
  }

  @Override
  CreateGlobalCommand self() {
    return this;
  }
}
