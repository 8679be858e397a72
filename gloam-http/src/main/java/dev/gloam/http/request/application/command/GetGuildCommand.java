package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets one of the app's commands in one guild. Maps "Get Guild Application Command" ({@code GET
 * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#guildCommand}.
 *
 * <pre>{@code
 * ApplicationCommand command = client.guildCommand(applicationId, guildId, commandId).send().model();
 * }</pre>
 */
public final class GetGuildCommand extends Request<ApplicationCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#guildCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   */
  public GetGuildCommand(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      Id<CommandMarker> commandId) {
    super(
        transport,
        Route.GET_GUILD_APPLICATION_COMMAND,
        BodyReader.of(ApplicationCommand.class),
        applicationId,
        guildId,
        commandId);
  }
}
