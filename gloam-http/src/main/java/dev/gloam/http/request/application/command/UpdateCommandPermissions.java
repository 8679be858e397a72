package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.CommandPermission;
import dev.gloam.model.application.command.GuildApplicationCommandPermissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.command.CommandChecks;
import java.util.List;

/**
 * Replaces the permission overwrites of one command in a guild. Discord takes this only with a
 * user's Bearer token (scope {@code applications.commands.permissions.update}); a client built with
 * {@link dev.gloam.http.Client.Builder#bearerToken} sends it. Maps "Edit Application Command
 * Permissions" ({@code PUT
 * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}/permissions},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#updateCommandPermissions}.
 *
 * <pre>{@code
 * client.updateCommandPermissions(applicationId, guildId, commandId)
 *     .permissions(List.of(new CommandPermission(roleId.cast(), CommandPermissionType.ROLE, true)))
 *     .send();
 * }</pre>
 */
public final class UpdateCommandPermissions extends Request<GuildApplicationCommandPermissions> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#updateCommandPermissions}
   * instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   */
  public UpdateCommandPermissions(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      Id<CommandMarker> commandId) {
    super(
        transport,
        Route.SET_GUILD_APPLICATION_COMMAND_PERMISSIONS,
        BodyReader.of(GuildApplicationCommandPermissions.class),
        applicationId,
        guildId,
        commandId);
  }

  /**
   * Sets the overwrites, replacing the current ones.
   *
   * @param permissions up to 100 overwrites for users, roles and channels
   * @return this request
   */
  public UpdateCommandPermissions permissions(List<CommandPermission> permissions) {
    json().set("permissions", permissions);
    check(() -> CommandChecks.permissions("permissions", permissions));
    return this;
  }
}
