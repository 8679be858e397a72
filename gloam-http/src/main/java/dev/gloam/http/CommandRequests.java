package dev.gloam.http;

import dev.gloam.http.request.application.command.CommandDefinition;
import dev.gloam.http.request.application.command.CreateGlobalCommand;
import dev.gloam.http.request.application.command.CreateGuildCommand;
import dev.gloam.http.request.application.command.DeleteGlobalCommand;
import dev.gloam.http.request.application.command.DeleteGuildCommand;
import dev.gloam.http.request.application.command.GetCommandPermissions;
import dev.gloam.http.request.application.command.GetGlobalCommand;
import dev.gloam.http.request.application.command.GetGlobalCommands;
import dev.gloam.http.request.application.command.GetGuildCommand;
import dev.gloam.http.request.application.command.GetGuildCommandPermissions;
import dev.gloam.http.request.application.command.GetGuildCommands;
import dev.gloam.http.request.application.command.SetGlobalCommands;
import dev.gloam.http.request.application.command.SetGuildCommands;
import dev.gloam.http.request.application.command.UpdateCommandPermissions;
import dev.gloam.http.request.application.command.UpdateGlobalCommand;
import dev.gloam.http.request.application.command.UpdateGuildCommand;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Application commands, global and per guild, and their permissions
 * (interactions/application-commands).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /applications/{application_id}/commands}
 *   <li>{@code POST /applications/{application_id}/commands}
 *   <li>{@code PUT /applications/{application_id}/commands}
 *   <li>{@code DELETE /applications/{application_id}/commands/{command_id}}
 *   <li>{@code GET /applications/{application_id}/commands/{command_id}}
 *   <li>{@code PATCH /applications/{application_id}/commands/{command_id}}
 *   <li>{@code GET /applications/{application_id}/guilds/{guild_id}/commands}
 *   <li>{@code POST /applications/{application_id}/guilds/{guild_id}/commands}
 *   <li>{@code PUT /applications/{application_id}/guilds/{guild_id}/commands}
 *   <li>{@code GET /applications/{application_id}/guilds/{guild_id}/commands/permissions}
 *   <li>{@code DELETE /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}
 *   <li>{@code GET /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}
 *   <li>{@code PATCH /applications/{application_id}/guilds/{guild_id}/commands/{command_id}}
 *   <li>{@code GET
 *       /applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions}
 *   <li>{@code PUT
 *       /applications/{application_id}/guilds/{guild_id}/commands/{command_id}/permissions}
 * </ul>
 */
public sealed interface CommandRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Lists the app's commands everywhere the app is installed. Maps "Get Global Application
   * Commands" ({@code GET /applications/{application.id}/commands},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @return the request
   */
  default GetGlobalCommands globalCommands(Id<ApplicationMarker> applicationId) {
    return new GetGlobalCommands(transport(), applicationId);
  }

  /**
   * Creates a command everywhere the app is installed; a command of the same type and name is
   * replaced. Maps "Create Global Application Command" ({@code POST
   * /applications/{application.id}/commands}, interactions/application-commands).
   *
   * @param applicationId the application
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}
   * @return the request
   */
  default CreateGlobalCommand createGlobalCommand(
      Id<ApplicationMarker> applicationId, String name) {
    return new CreateGlobalCommand(transport(), applicationId, name);
  }

  /**
   * Creates a command built elsewhere, such as by gloam-util's {@code CommandBuilder}, everywhere
   * the app is installed; a command of the same type and name is replaced. Maps "Create Global
   * Application Command" ({@code POST /applications/{application.id}/commands},
   * interactions/application-commands).
   *
   * <pre>{@code
   * client.createGlobalCommand(applicationId,
   *     CommandBuilder.chatInput("ping", "Replies with pong").build()).send();
   * }</pre>
   *
   * @param applicationId the application
   * @param command the command; its id, version and localized texts are not sent
   * @return the request
   */
  default CreateGlobalCommand createGlobalCommand(
      Id<ApplicationMarker> applicationId, ApplicationCommand command) {
    return new CreateGlobalCommand(transport(), applicationId, command.name()).from(command);
  }

  /**
   * Gets one of the app's commands everywhere the app is installed. Maps "Get Global Application
   * Command" ({@code GET /applications/{application.id}/commands/{command.id}},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param commandId the command
   * @return the request
   */
  default GetGlobalCommand globalCommand(
      Id<ApplicationMarker> applicationId, Id<CommandMarker> commandId) {
    return new GetGlobalCommand(transport(), applicationId, commandId);
  }

  /**
   * Changes one of the app's commands everywhere the app is installed; fields not set stay as they
   * are. Maps "Edit Global Application Command" ({@code PATCH
   * /applications/{application.id}/commands/{command.id}}, interactions/application-commands).
   *
   * @param applicationId the application
   * @param commandId the command
   * @return the request
   */
  default UpdateGlobalCommand updateGlobalCommand(
      Id<ApplicationMarker> applicationId, Id<CommandMarker> commandId) {
    return new UpdateGlobalCommand(transport(), applicationId, commandId);
  }

  /**
   * Deletes one of the app's commands everywhere the app is installed. Maps "Delete Global
   * Application Command" ({@code DELETE /applications/{application.id}/commands/{command.id}},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param commandId the command
   * @return the request
   */
  default DeleteGlobalCommand deleteGlobalCommand(
      Id<ApplicationMarker> applicationId, Id<CommandMarker> commandId) {
    return new DeleteGlobalCommand(transport(), applicationId, commandId);
  }

  /**
   * Replaces all of the app's commands everywhere the app is installed with the given ones:
   * commands not in the list are deleted, commands whose type and name match keep their id. Maps
   * "Bulk Overwrite Global Application Commands" ({@code PUT
   * /applications/{application.id}/commands}, interactions/application-commands).
   *
   * @param applicationId the application
   * @param commands the commands, replacing the current ones
   * @return the request
   */
  default SetGlobalCommands setGlobalCommands(
      Id<ApplicationMarker> applicationId, List<CommandDefinition> commands) {
    return new SetGlobalCommands(transport(), applicationId, commands);
  }

  /**
   * Lists the app's commands in one guild. Maps "Get Guild Application Commands" ({@code GET
   * /applications/{application.id}/guilds/{guild.id}/commands}, interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @return the request
   */
  default GetGuildCommands guildCommands(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId) {
    return new GetGuildCommands(transport(), applicationId, guildId);
  }

  /**
   * Creates a command in one guild; a command of the same type and name is replaced. Maps "Create
   * Guild Application Command" ({@code POST
   * /applications/{application.id}/guilds/{guild.id}/commands}, interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}
   * @return the request
   */
  default CreateGuildCommand createGuildCommand(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, String name) {
    return new CreateGuildCommand(transport(), applicationId, guildId, name);
  }

  /**
   * Creates a command built elsewhere, such as by gloam-util's {@code CommandBuilder}, in one
   * guild; a command of the same type and name is replaced. Maps "Create Guild Application Command"
   * ({@code POST /applications/{application.id}/guilds/{guild.id}/commands},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param command the command; its id, version and localized texts are not sent
   * @return the request
   */
  default CreateGuildCommand createGuildCommand(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, ApplicationCommand command) {
    return new CreateGuildCommand(transport(), applicationId, guildId, command.name())
        .from(command);
  }

  /**
   * Gets one of the app's commands in one guild. Maps "Get Guild Application Command" ({@code GET
   * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   * @return the request
   */
  default GetGuildCommand guildCommand(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, Id<CommandMarker> commandId) {
    return new GetGuildCommand(transport(), applicationId, guildId, commandId);
  }

  /**
   * Changes one of the app's commands in one guild; fields not set stay as they are. Maps "Edit
   * Guild Application Command" ({@code PATCH
   * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   * @return the request
   */
  default UpdateGuildCommand updateGuildCommand(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, Id<CommandMarker> commandId) {
    return new UpdateGuildCommand(transport(), applicationId, guildId, commandId);
  }

  /**
   * Deletes one of the app's commands in one guild. Maps "Delete Guild Application Command" ({@code
   * DELETE /applications/{application.id}/guilds/{guild.id}/commands/{command.id}},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   * @return the request
   */
  default DeleteGuildCommand deleteGuildCommand(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, Id<CommandMarker> commandId) {
    return new DeleteGuildCommand(transport(), applicationId, guildId, commandId);
  }

  /**
   * Replaces all of the app's commands in one guild with the given ones: commands not in the list
   * are deleted, commands whose type and name match keep their id. Maps "Bulk Overwrite Guild
   * Application Commands" ({@code PUT /applications/{application.id}/guilds/{guild.id}/commands},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param commands the commands, replacing the current ones
   * @return the request
   */
  default SetGuildCommands setGuildCommands(
      Id<ApplicationMarker> applicationId,
      Id<GuildMarker> guildId,
      List<CommandDefinition> commands) {
    return new SetGuildCommands(transport(), applicationId, guildId, commands);
  }

  /**
   * Lists the permission overwrites of all of the app's commands in a guild. Maps "Get Guild
   * Application Command Permissions" ({@code GET
   * /applications/{application.id}/guilds/{guild.id}/commands/permissions},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @return the request
   */
  default GetGuildCommandPermissions guildCommandPermissions(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId) {
    return new GetGuildCommandPermissions(transport(), applicationId, guildId);
  }

  /**
   * Gets the permission overwrites of one command in a guild. Maps "Get Application Command
   * Permissions" ({@code GET
   * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}/permissions},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   * @return the request
   */
  default GetCommandPermissions commandPermissions(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, Id<CommandMarker> commandId) {
    return new GetCommandPermissions(transport(), applicationId, guildId, commandId);
  }

  /**
   * Replaces the permission overwrites of one command in a guild. Discord takes this only with a
   * user's Bearer token (scope {@code applications.commands.permissions.update}); a client built
   * with {@link dev.gloam.http.Client.Builder#bearerToken} sends it. Maps "Edit Application Command
   * Permissions" ({@code PUT
   * /applications/{application.id}/guilds/{guild.id}/commands/{command.id}/permissions},
   * interactions/application-commands).
   *
   * @param applicationId the application
   * @param guildId the guild
   * @param commandId the command
   * @return the request
   */
  default UpdateCommandPermissions updateCommandPermissions(
      Id<ApplicationMarker> applicationId, Id<GuildMarker> guildId, Id<CommandMarker> commandId) {
    return new UpdateCommandPermissions(transport(), applicationId, guildId, commandId);
  }
}
