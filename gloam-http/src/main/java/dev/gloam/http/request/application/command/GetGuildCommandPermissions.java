package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.GuildApplicationCommandPermissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Lists the permission overwrites of all of the app's commands in a guild. Maps "Get Guild
 * Application Command Permissions" ({@code GET
 * /applications/{application.id}/guilds/{guild.id}/commands/permissions},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#guildCommandPermissions}.
 *
 * <pre>{@code
 * List<GuildApplicationCommandPermissions> all = client.guildCommandPermissions(applicationId, guildId).send().model();
 * }</pre>
 */
public final class GetGuildCommandPermissions
    extends Request<List<GuildApplicationCommandPermissions>> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#guildCommandPermissions}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   */
  public GetGuildCommandPermissions(
      Transport transport, Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.LIST_GUILD_APPLICATION_COMMAND_PERMISSIONS,
        BodyReader.listOf(GuildApplicationCommandPermissions.class),
        applicationId,
        guildId);
  }
}
