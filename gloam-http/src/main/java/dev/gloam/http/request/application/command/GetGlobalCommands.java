package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import java.util.List;

/**
 * Lists the app's commands everywhere the app is installed. Maps "Get Global Application Commands"
 * ({@code GET /applications/{application.id}/commands}, interactions/application-commands).
 * Obtained from {@link dev.gloam.http.CommandRequests#globalCommands}.
 *
 * <pre>{@code
 * List<ApplicationCommand> commands = client.globalCommands(applicationId).withLocalizations(true).send().model();
 * }</pre>
 */
public final class GetGlobalCommands extends Request<List<ApplicationCommand>> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#globalCommands} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   */
  public GetGlobalCommands(Transport transport, Id<ApplicationMarker> applicationId) {
    super(
        transport,
        Route.LIST_APPLICATION_COMMANDS,
        BodyReader.listOf(ApplicationCommand.class),
        applicationId);
  }

  /**
   * Asks for every localization of names and descriptions instead of only the requester's.
   *
   * @param withLocalizations {@code true} for the full dictionaries
   * @return this request
   */
  public GetGlobalCommands withLocalizations(boolean withLocalizations) {
    query().set("with_localizations", withLocalizations);
    return this;
  }
}
