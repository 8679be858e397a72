package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Replaces all of the app's commands in one guild with the given ones: commands not in the list are
 * deleted, commands whose type and name match keep their id. Maps "Bulk Overwrite Guild Application
 * Commands" ({@code PUT /applications/{application.id}/guilds/{guild.id}/commands},
 * interactions/application-commands). Obtained from {@link
 * dev.gloam.http.CommandRequests#setGuildCommands}.
 *
 * <pre>{@code
 * client.setGuildCommands(applicationId, guildId, List.of(
 *     CommandDefinition.chatInput("ping", "Replies with pong"),
 *     CommandDefinition.user("High five"))).send();
 * }</pre>
 */
public final class SetGuildCommands extends Request<List<ApplicationCommand>> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#setGuildCommands} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param commands the commands, replacing the current ones
   */
  public SetGuildCommands(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      List<CommandDefinition> commands) {
    super(
        transport,
        Route.BULK_SET_GUILD_APPLICATION_COMMANDS,
        BodyReader.listOf(ApplicationCommand.class),
        applicationId,
        guildId);
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
