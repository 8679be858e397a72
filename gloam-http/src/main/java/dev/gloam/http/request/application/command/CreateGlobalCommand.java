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
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.command.CommandChecks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates a command everywhere the app is installed; a command of the same type and name is
 * replaced. Maps "Create Global Application Command" ({@code POST
 * /applications/{application.id}/commands}, interactions/application-commands). Obtained from
 * {@link dev.gloam.http.CommandRequests#createGlobalCommand}.
 *
 * <pre>{@code
 * ApplicationCommand ping = client.createGlobalCommand(applicationId, "ping").description("Replies with pong").send().model();
 * }</pre>
 */
public final class CreateGlobalCommand extends Request<ApplicationCommand> {
  /**
   * Creates the request; use {@link dev.gloam.http.CommandRequests#createGlobalCommand} instead.
   *
   * @param transport the client's transport
   * @param applicationId the application
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}
   */
  public CreateGlobalCommand(
      Transport transport, Id<ApplicationMarker> applicationId, String name) {
    super(
        transport,
        Route.CREATE_APPLICATION_COMMAND,
        BodyReader.of(ApplicationCommand.class),
        applicationId);
    name(name);
  }

  /**
   * Sets the name; it is checked against the rules of the command's type when the request is sent.
   *
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}; for other types 1 to 32 characters of any case
   * @return this request
   */
  public CreateGlobalCommand name(String name) {
    json().set("name", Objects.requireNonNull(name, "name"));
    return this;
  }

  /**
   * Sets the name's translations.
   *
   * @param nameLocalizations the names by locale, or {@code null} to remove them
   * @return this request
   */
  public CreateGlobalCommand nameLocalizations(Map<DiscordLocale, String> nameLocalizations) {
    json().set("name_localizations", nameLocalizations);
    check(() -> CommandChecks.nameLocalizations("name_localizations", type, nameLocalizations));
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description: 1 to 100 characters for chat input commands, empty for user
   *     and message commands
   * @return this request
   */
  public CreateGlobalCommand description(String description) {
    json().set("description", description);
    return this;
  }

  /**
   * Sets the description's translations.
   *
   * @param descriptionLocalizations the descriptions by locale, or {@code null} to remove them
   * @return this request
   */
  public CreateGlobalCommand descriptionLocalizations(
      Map<DiscordLocale, String> descriptionLocalizations) {
    json().set("description_localizations", descriptionLocalizations);
    check(
        () ->
            CommandChecks.descriptionLocalizations(
                "description_localizations", type, descriptionLocalizations));
    return this;
  }

  /**
   * Sets the permissions a member needs to use the command by default.
   *
   * @param defaultMemberPermissions the permissions, {@link Permissions#NONE} for administrators
   *     only, or {@code null} for everyone
   * @return this request
   */
  public CreateGlobalCommand defaultMemberPermissions(Permissions defaultMemberPermissions) {
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
  public CreateGlobalCommand dmPermission(boolean dmPermission) {
    json().set("dm_permission", dmPermission);
    return this;
  }

  /**
   * Sets where a global command can be used: guilds, DMs with the app, private channels.
   *
   * @param contexts the contexts, or {@code null} for all
   * @return this request
   */
  public CreateGlobalCommand contexts(List<InteractionContextType> contexts) {
    json().set("contexts", contexts);
    return this;
  }

  /**
   * Sets which installations of the app offer a global command.
   *
   * @param integrationTypes the installation contexts
   * @return this request
   */
  public CreateGlobalCommand integrationTypes(List<ApplicationIntegrationType> integrationTypes) {
    json().set("integration_types", integrationTypes);
    return this;
  }

  /**
   * Marks the command as age-restricted.
   *
   * @param nsfw whether the command is age-restricted
   * @return this request
   */
  public CreateGlobalCommand nsfw(boolean nsfw) {
    json().set("nsfw", nsfw);
    return this;
  }

  /**
   * Sets who handles a primary entry point command: the app, or Discord launching the Activity.
   *
   * @param handler who handles it
   * @return this request
   */
  public CreateGlobalCommand handler(EntryPointCommandHandlerType handler) {
    json().set("handler", handler);
    return this;
  }

  /**
   * Sets the command's type; also chooses the name and description rules that are checked.
   *
   * @param type the type; chat input when not set
   * @return this request
   */
  public CreateGlobalCommand type(CommandType type) {
    json().set("type", this.type = type);
    return this;
  }

  /**
   * Sets the parameters or subcommands of a chat input command.
   *
   * @param options the options, up to 25 per level, required ones first
   * @return this request
   */
  public CreateGlobalCommand options(List<CommandOption> options) {
    json().set("options", this.options = List.copyOf(options));
    check(() -> CommandChecks.options("options", options));
    return this;
  }

  private CommandType type;
  private List<CommandOption> options;

  @Override
  protected void validate() {
    String name = json().get("name").asString();
    CommandChecks.name("name", type, name);
    String description = json().has("description") ? json().get("description").asString() : null;
    CommandChecks.description("description", type, description);
    if (type == null || CommandType.CHAT_INPUT.equals(type)) {
      CommandChecks.totalLength("", name, null, description, null, options);
    }
  }
}
