package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Deletes one of the app's commands in one guild. Maps "Delete Guild Application Command" ({@code
 * DELETE /applications/{application.id}/guilds/{guild.id}/commands/{command.id}},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#deleteGuildCommand}.
 *
 * <pre>{@code
 * client.deleteGuildCommand(applicationId, guildId, commandId).send();
 * }</pre>
 */
public final class DeleteGuildCommand extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#deleteGuildCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   */
  public DeleteGuildCommand(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      Id<CommandMarker> commandId) {
    super(
        transport,
        Route.DELETE_GUILD_APPLICATION_COMMAND,
        BodyReader.empty(),
        applicationId,
        guildId,
        commandId);
  }
}
