package dev.gloam.http.request.application.command;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.EntryPointCommandHandlerType;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.CommandMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.Check;
import dev.gloam.validate.command.CommandChecks;
import java.util.List;
import java.util.Map;

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
public final class UpdateGuildCommand extends Request<ApplicationCommand> {
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
        BodyReader.of(ApplicationCommand.class),
        applicationId,
        guildId,
        commandId);
  }

  /**
   * Renames the command.
   *
   * @param name the name, 1 to 32 characters
   * @return this request
   */
  public UpdateGuildCommand name(String name) {
    json().set("name", name);
    check(() -> CommandChecks.name("name", CommandType.USER, name));
    return this;
  }

  /**
   * Sets the name's translations.
   *
   * @param nameLocalizations the names by locale, or {@code null} to remove them
   * @return this request
   */
  public UpdateGuildCommand nameLocalizations(Map<DiscordLocale, String> nameLocalizations) {
    json().set("name_localizations", nameLocalizations);
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description: 1 to 100 characters for chat input commands, empty for user
   *     and message commands
   * @return this request
   */
  public UpdateGuildCommand description(String description) {
    json().set("description", description);
    check(() -> Check.maxLength("description", description, CommandChecks.DESCRIPTION_MAX));
    return this;
  }

  /**
   * Sets the description's translations.
   *
   * @param descriptionLocalizations the descriptions by locale, or {@code null} to remove them
   * @return this request
   */
  public UpdateGuildCommand descriptionLocalizations(
      Map<DiscordLocale, String> descriptionLocalizations) {
    json().set("description_localizations", descriptionLocalizations);
    return this;
  }

  /**
   * Sets the parameters or subcommands of a chat input command.
   *
   * @param options the options, up to 25 per level, required ones first
   * @return this request
   */
  public UpdateGuildCommand options(List<CommandOption> options) {
    json().set("options", options);
    check(() -> CommandChecks.options("options", options));
    return this;
  }

  /**
   * Sets the permissions a member needs to use the command by default.
   *
   * @param defaultMemberPermissions the permissions, {@link Permissions#NONE} for administrators
   *     only, or {@code null} for everyone
   * @return this request
   */
  public UpdateGuildCommand defaultMemberPermissions(Permissions defaultMemberPermissions) {
    json()
        .set(
            "default_member_permissions",
            defaultMemberPermissions == null ? null : defaultMemberPermissions.bits());
    return this;
  }

  /**
   * Sets whether a global command can be used in DMs with the app; deprecated in favour of {@link
   * #contexts}.
   *
   * @param dmPermission whether DMs are allowed
   * @return this request
   */
  public UpdateGuildCommand dmPermission(boolean dmPermission) {
    json().set("dm_permission", dmPermission);
    return this;
  }

  /**
   * Sets where a global command can be used: guilds, DMs with the app, private channels.
   *
   * @param contexts the contexts, or {@code null} for all
   * @return this request
   */
  public UpdateGuildCommand contexts(List<InteractionContextType> contexts) {
    json().set("contexts", contexts);
    return this;
  }

  /**
   * Sets which installations of the app offer a global command.
   *
   * @param integrationTypes the installation contexts
   * @return this request
   */
  public UpdateGuildCommand integrationTypes(List<ApplicationIntegrationType> integrationTypes) {
    json().set("integration_types", integrationTypes);
    return this;
  }

  /**
   * Marks the command as age-restricted.
   *
   * @param nsfw whether the command is age-restricted
   * @return this request
   */
  public UpdateGuildCommand nsfw(boolean nsfw) {
    json().set("nsfw", nsfw);
    return this;
  }

  /**
   * Sets who handles a primary entry point command: the app, or Discord launching the Activity.
   *
   * @param handler who handles it
   * @return this request
   */
  public UpdateGuildCommand handler(EntryPointCommandHandlerType handler) {
    json().set("handler", handler);
    return this;
  }
}
