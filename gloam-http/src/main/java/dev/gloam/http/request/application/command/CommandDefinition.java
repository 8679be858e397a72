package dev.gloam.http.request.application.command;

import dev.gloam.http.transport.RequestBody;
import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.EntryPointCommandHandlerType;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.command.CommandChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command of a bulk overwrite ({@link SetGlobalCommands}, {@link SetGuildCommands}): the same
 * fields as "Create Global Application Command" (interactions/application-commands), built with
 * setters named after the JSON fields. Not thread-safe; build it, then hand it over.
 *
 * <pre>{@code
 * CommandDefinition roll = CommandDefinition.chatInput("roll", "Rolls dice")
 *     .options(List.of(diceOption))
 *     .nameLocalizations(Map.of(DiscordLocale.GERMAN, "wuerfeln"));
 * }</pre>
 */
public final class CommandDefinition {
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final CommandType type;
  private Map<DiscordLocale, String> nameLocalizations;
  private Map<DiscordLocale, String> descriptionLocalizations;
  private List<CommandOption> options;

  private CommandDefinition(CommandType type, String name, String description) {
    this.type = Objects.requireNonNull(type, "type");
    fields.put("type", type);
    fields.put("name", Objects.requireNonNull(name, "name"));
    fields.put("description", description);
  }

  /**
   * Starts a slash command.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   * @return the definition
   */
  public static CommandDefinition chatInput(String name, String description) {
    return new CommandDefinition(CommandType.CHAT_INPUT, name, description);
  }

  /**
   * Starts a command in users' context menus.
   *
   * @param name 1 to 32 characters, any case, spaces allowed
   * @return the definition
   */
  public static CommandDefinition user(String name) {
    return new CommandDefinition(CommandType.USER, name, "");
  }

  /**
   * Starts a command in messages' context menus.
   *
   * @param name 1 to 32 characters, any case, spaces allowed
   * @return the definition
   */
  public static CommandDefinition message(String name) {
    return new CommandDefinition(CommandType.MESSAGE, name, "");
  }

  /**
   * Starts a command of any type, such as {@link CommandType#PRIMARY_ENTRY_POINT}.
   *
   * @param type the type
   * @param name the name
   * @param description the description (empty for user and message commands)
   * @return the definition
   */
  public static CommandDefinition of(CommandType type, String name, String description) {
    return new CommandDefinition(type, name, description);
  }

  /**
   * Makes the definition of a command that was built elsewhere, such as by gloam-util's {@code
   * CommandBuilder}, or read from Discord: every field a command is created with is copied, and the
   * id, application id, guild id, version and the localized texts Discord adds are left out.
   *
   * <pre>{@code
   * ApplicationCommand ping = CommandBuilder.chatInput("ping", "Replies with pong").build();
   * client.setGlobalCommands(applicationId, List.of(CommandDefinition.of(ping))).send();
   * }</pre>
   *
   * @param command the command
   * @return its definition
   */
  public static CommandDefinition of(ApplicationCommand command) {
    CommandDefinition definition =
        of(command.effectiveType(), command.name(), command.description());
    command.nameLocalizations().ifPresent(definition::nameLocalizations);
    command.descriptionLocalizations().ifPresent(definition::descriptionLocalizations);
    command.options().ifPresent(definition::options);
    command.defaultMemberPermissions().ifPresent(definition::defaultMemberPermissions);
    command.dmPermission().ifPresent(definition::dmPermission);
    command.contexts().ifPresent(definition::contexts);
    command.integrationTypes().ifPresent(definition::integrationTypes);
    command.nsfw().ifPresent(definition::nsfw);
    command.handler().ifPresent(definition::handler);
    return definition;
  }

  /**
   * Sets the name's translations.
   *
   * @param nameLocalizations the names by locale
   * @return this definition
   */
  public CommandDefinition nameLocalizations(Map<DiscordLocale, String> nameLocalizations) {
    this.nameLocalizations = nameLocalizations;
    fields.put("name_localizations", nameLocalizations);
    return this;
  }

  /**
   * Sets the description's translations.
   *
   * @param descriptionLocalizations the descriptions by locale
   * @return this definition
   */
  public CommandDefinition descriptionLocalizations(
      Map<DiscordLocale, String> descriptionLocalizations) {
    this.descriptionLocalizations = descriptionLocalizations;
    fields.put("description_localizations", descriptionLocalizations);
    return this;
  }

  /**
   * Sets the parameters or subcommands of a chat input command.
   *
   * @param options up to 25 per level, required ones first
   * @return this definition
   */
  public CommandDefinition options(List<CommandOption> options) {
    this.options = List.copyOf(options);
    fields.put("options", this.options);
    return this;
  }

  /**
   * Sets the permissions a member needs to use the command by default.
   *
   * @param defaultMemberPermissions the permissions, or {@code null} for everyone
   * @return this definition
   */
  public CommandDefinition defaultMemberPermissions(Permissions defaultMemberPermissions) {
    fields.put(
        "default_member_permissions",
        defaultMemberPermissions == null ? null : defaultMemberPermissions.bits());
    return this;
  }

  /**
   * Sets whether a global command can be used in DMs; deprecated in favour of {@link #contexts}.
   *
   * @param dmPermission whether DMs are allowed
   * @return this definition
   */
  public CommandDefinition dmPermission(boolean dmPermission) {
    fields.put("dm_permission", dmPermission);
    return this;
  }

  /**
   * Sets where a global command can be used.
   *
   * @param contexts the contexts
   * @return this definition
   */
  public CommandDefinition contexts(List<InteractionContextType> contexts) {
    fields.put("contexts", contexts);
    return this;
  }

  /**
   * Sets which installations of the app offer a global command.
   *
   * @param integrationTypes the installation contexts
   * @return this definition
   */
  public CommandDefinition integrationTypes(List<ApplicationIntegrationType> integrationTypes) {
    fields.put("integration_types", integrationTypes);
    return this;
  }

  /**
   * Marks the command as age-restricted.
   *
   * @param nsfw whether it is age-restricted
   * @return this definition
   */
  public CommandDefinition nsfw(boolean nsfw) {
    fields.put("nsfw", nsfw);
    return this;
  }

  /**
   * Sets who handles a primary entry point command.
   *
   * @param handler the handler
   * @return this definition
   */
  public CommandDefinition handler(EntryPointCommandHandlerType handler) {
    fields.put("handler", handler);
    return this;
  }

  /**
   * Returns the command's type.
   *
   * @return the type
   */
  public CommandType commandType() {
    return type;
  }

  /**
   * Returns the fields as they are sent.
   *
   * @return the fields by JSON name, unmodifiable
   */
  public Map<String, Object> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /**
   * Checks the command against Discord's limits.
   *
   * @param field the command's path in the request, such as {@code [0]}
   * @throws dev.gloam.validate.ValidationException if a field breaks a limit
   */
  public void validate(String field) {
    String name = (String) fields.get("name");
    String description = (String) fields.get("description");
    CommandChecks.name(field + ".name", type, name);
    CommandChecks.nameLocalizations(field + ".name_localizations", type, nameLocalizations);
    CommandChecks.description(field + ".description", type, description);
    CommandChecks.descriptionLocalizations(
        field + ".description_localizations", type, descriptionLocalizations);
    CommandChecks.options(field + ".options", options);
    if (CommandType.CHAT_INPUT.equals(type)) {
      CommandChecks.totalLength(
          field, name, nameLocalizations, description, descriptionLocalizations, options);
    }
  }

  /**
   * Checks the commands of a bulk overwrite: each against its limits, and how many there are of
   * each type.
   *
   * @param commands the commands, in the order they are sent
   * @throws dev.gloam.validate.ValidationException if a command or the count breaks a limit
   */
  static void validateAll(List<CommandDefinition> commands) {
    for (int i = 0; i < commands.size(); i++) {
      commands.get(i).validate("[" + i + "]");
    }
    CommandChecks.commandCounts(
        "commands", commands.stream().map(CommandDefinition::commandType).toList());
  }

  /**
   * Builds the body of a bulk overwrite: the JSON array of the commands.
   *
   * @param commands the commands
   * @return the body
   */
  static RequestBody bodyOf(List<CommandDefinition> commands) {
    return new RequestBody.Json(
        ModelJson.writeBytes(commands.stream().map(CommandDefinition::fields).toList()));
  }

  @Override
  public String toString() {
    return "CommandDefinition[" + type + " " + fields.get("name") + "]";
  }
}
