package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Lists the app's commands in one guild. Maps "Get Guild Application Commands" ({@code GET
 * /applications/{application.id}/guilds/{guild.id}/commands}, interactions/application-commands).
 * Obtained from {@link dev.gloam.http.CommandRequests#guildCommands}.
 *
 * <pre>{@code
 * List<ApplicationCommand> commands = client.guildCommands(applicationId, guildId).withLocalizations(true).send().model();
 * }</pre>
 */
public final class GetGuildCommands extends Request<List<ApplicationCommand>> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#guildCommands} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   */
  public GetGuildCommands(
      Transport transport, Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.LIST_GUILD_APPLICATION_COMMANDS,
        BodyReader.listOf(ApplicationCommand.class),
        applicationId,
        guildId);
  }

  /**
   * Asks for every localization of names and descriptions instead of only the requester's.
   *
   * @param withLocalizations {@code true} for the full dictionaries
   * @return this request
   */
  public GetGuildCommands withLocalizations(boolean withLocalizations) {
    query().set("with_localizations", withLocalizations);
    return this;
  }
}
