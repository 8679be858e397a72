package dev.gloam.http.request.application.command;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Creates a command in one guild; a command of the same type and name is replaced. Maps "Create
 * Guild Application Command" ({@code POST
 * /applications/{application.id}/guilds/{guild.id}/commands}, interactions/application-commands).
 * Obtained from {@link dev.gloam.http.CommandRequests#createGuildCommand}.
 *
 * <pre>{@code
 * ApplicationCommand ping = client.createGuildCommand(applicationId, guildId, "ping").description("Replies with pong").send().model();
 * }</pre>
 */
public final class CreateGuildCommand extends CommandFields<CreateGuildCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#createGuildCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param guildId the guild
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}
   */
  public CreateGuildCommand(
      Transport transport,
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      String name) {
    super(transport, Route.CREATE_GUILD_APPLICATION_COMMAND, true, applicationId, guildId);
    name(name);
  }

  /**
   * Sets the command's type; also chooses the name and description rules that are checked.
   *
   * @param type the type; chat input when not set
   * @return this request
   */
  public CreateGuildCommand type(CommandType type) {
    return withType(type);
  }

  @Override
  CreateGuildCommand self() {
    return this;
  }
}
