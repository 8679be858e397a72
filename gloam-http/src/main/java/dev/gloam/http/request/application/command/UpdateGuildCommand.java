package dev.gloam.http.request.application.command;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Changes one of the app's commands in one guild; fields not set stay as they are. Maps "Edit Guild
 * Application Command" ({@code PATCH
 * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#updateGuildCommand}.
 *
 * <pre>{@code
 * client.updateGuildCommand(applicationId, guildId, commandId).description("Rolls two dice").send();
 * }</pre>
 */
public final class UpdateGuildCommand extends CommandFields<UpdateGuildCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#updateGuildCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   */
  public UpdateGuildCommand(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      Id<CommandMarker> commandId) {
    super(
        transport,
        Route.UPDATE_GUILD_APPLICATION_COMMAND,
        false,
        applicationId,
        guildId,
        commandId);
  }

  @Override
  UpdateGuildCommand self() {
    return this;
  }
}
