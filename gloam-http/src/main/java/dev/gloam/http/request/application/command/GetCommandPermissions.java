package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.GuildApplicationCommandPermissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the permission overwrites of one command in a guild. Maps "Get Application Command
 * Permissions" ({@code GET
 * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}/permissions},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#commandPermissions}.
 *
 * <pre>{@code
 * GuildApplicationCommandPermissions perms = client.commandPermissions(applicationId, guildId, commandId).send().model();
 * }</pre>
 */
public final class GetCommandPermissions extends Request<GuildApplicationCommandPermissions> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#commandPermissions} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   */
  public GetCommandPermissions(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      Id<CommandMarker> commandId) {
    super(
        transport,
        Route.GET_GUILD_APPLICATION_COMMAND_PERMISSIONS,
        BodyReader.of(GuildApplicationCommandPermissions.class),
        applicationId,
        guildId,
        commandId);
  }
}
