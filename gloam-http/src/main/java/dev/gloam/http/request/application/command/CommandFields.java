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
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.Check;
import dev.gloam.validate.command.CommandChecks;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body shared by the requests that create or edit one application command, global or in a guild
 * (interactions/application-commands): the setters of every command field and their checks. The
 * four requests differ only in their route and in how much they can check, see {@link
 * #name(String)}.
 *
 * @param <R> the concrete request, returned by the setters so that calls chain
 */
public abstract sealed class CommandFields<R extends CommandFields<R>>
    extends Request<ApplicationCommand>
    permits CreateGlobalCommand, CreateGuildCommand, UpdateGlobalCommand, UpdateGuildCommand {
  /**
   * Whether this request creates the command. A new command's type is known here (chat input unless
   * set), so its name, description and their translations are checked against the rules of that
   * type, and a name is required. An edit cannot change the type and does not know it, so it checks
   * only what holds for every type, and a field set to {@code null} is cleared.
   */
  private final boolean creating;

  private CommandType type;
  private List<CommandOption> options;
  // Kept for the total-length rule, which counts the longest translation of each text.
  private Map<DiscordLocale, String> nameLocalizations;
  private Map<DiscordLocale, String> descriptionLocalizations;

  CommandFields(Transport transport, Route route, boolean creating, Object... pathValues) {
    super(transport, route, BodyReader.of(ApplicationCommand.class), pathValues);
    this.creating = creating;
  }

  /** Returns this request as its concrete type; each subclass returns {@code this}. */
  abstract R self();

  /**
   * Sets the name. A new command's name is checked against the rules of its type when the request
   * is sent; an edit checks only the rules of every type (1 to 32 characters), as it does not know
   * the command's type.
   *
   * @param name the name: for chat input commands 1 to 32 lowercase letters, digits, {@code -},
   *     {@code _} or {@code '}; for other types 1 to 32 characters of any case
   * @return this request
   */
  public R name(String name) {
    if (creating) {
      json().set("name", Objects.requireNonNull(name, "name"));
    } else {
      json().set("name", name);
      check(() -> CommandChecks.name("name", CommandType.USER, name));
    }
    return self();
  }

  /**
   * Sets the name's translations.
   *
   * @param nameLocalizations the names by locale, or {@code null} to remove them
   * @return this request
   */
  public R nameLocalizations(Map<DiscordLocale, String> nameLocalizations) {
    json().set("name_localizations", nameLocalizations);
    this.nameLocalizations = nameLocalizations == null ? null : Map.copyOf(nameLocalizations);
    if (creating) {
      // reads the type at send, so type(...) may come after this setter
      check(() -> CommandChecks.nameLocalizations("name_localizations", type, nameLocalizations));
    } else {
      // An edit does not know the type: the rules every type shares (1 to 32 characters).
      check(
          () ->
              CommandChecks.nameLocalizations(
                  "name_localizations", CommandType.USER, nameLocalizations));
    }
    return self();
  }

  /**
   * Sets the description. A new command's description is checked against the rules of its type when
   * the request is sent; an edit checks only the upper limit.
   *
   * @param description the description: 1 to 100 characters for chat input commands, empty for user
   *     and message commands
   * @return this request
   */
  public R description(String description) {
    json().set("description", description);
    if (!creating) {
      check(() -> Check.maxLength("description", description, CommandChecks.DESCRIPTION_MAX));
    }
    return self();
  }

  /**
   * Sets the description's translations.
   *
   * @param descriptionLocalizations the descriptions by locale, or {@code null} to remove them
   * @return this request
   */
  public R descriptionLocalizations(Map<DiscordLocale, String> descriptionLocalizations) {
    json().set("description_localizations", descriptionLocalizations);
    this.descriptionLocalizations =
        descriptionLocalizations == null ? null : Map.copyOf(descriptionLocalizations);
    if (creating) {
      check(
          () ->
              CommandChecks.descriptionLocalizations(
                  "description_localizations", type, descriptionLocalizations));
    } else if (descriptionLocalizations != null) {
      // An edit does not know the type: only the upper limit every type shares.
      Map<DiscordLocale, String> copy = Map.copyOf(descriptionLocalizations);
      check(
          () ->
              copy.forEach(
                  (locale, text) ->
                      Check.maxLength(
                          "description_localizations." + locale.value(),
                          text,
                          CommandChecks.DESCRIPTION_MAX)));
    }
    return self();
  }

  /**
   * Sets the parameters or subcommands of a chat input command.
   *
   * @param options the options, up to 25 per level, required ones first
   * @return this request
   */
  public R options(List<CommandOption> options) {
    if (creating) {
      // kept for the total length check at send
      json().set("options", this.options = List.copyOf(options));
    } else {
      json().set("options", options);
    }
    check(() -> CommandChecks.options("options", options));
    return self();
  }

  /**
   * Sets the permissions a member needs to use the command by default.
   *
   * @param defaultMemberPermissions the permissions, {@link Permissions#NONE} for administrators
   *     only, or {@code null} for everyone
   * @return this request
   */
  public R defaultMemberPermissions(Permissions defaultMemberPermissions) {
    json()
        .set(
            "default_member_permissions",
            defaultMemberPermissions == null ? null : defaultMemberPermissions.bits());
    return self();
  }

  /**
   * Sets whether a global command can be used in DMs with the app; deprecated in favour of {@link
   * #contexts}.
   *
   * @param dmPermission whether DMs are allowed
   * @return this request
   */
  public R dmPermission(boolean dmPermission) {
    json().set("dm_permission", dmPermission);
    return self();
  }

  /**
   * Sets where a global command can be used: guilds, DMs with the app, private channels.
   *
   * @param contexts the contexts, or {@code null} for all
   * @return this request
   */
  public R contexts(List<InteractionContextType> contexts) {
    json().set("contexts", contexts);
    return self();
  }

  /**
   * Sets which installations of the app offer a global command.
   *
   * @param integrationTypes the installation contexts
   * @return this request
   */
  public R integrationTypes(List<ApplicationIntegrationType> integrationTypes) {
    json().set("integration_types", integrationTypes);
    return self();
  }

  /**
   * Marks the command as age-restricted.
   *
   * @param nsfw whether the command is age-restricted
   * @return this request
   */
  public R nsfw(boolean nsfw) {
    json().set("nsfw", nsfw);
    return self();
  }

  /**
   * Sets who handles a primary entry point command: the app, or Discord launching the Activity.
   *
   * @param handler who handles it
   * @return this request
   */
  public R handler(EntryPointCommandHandlerType handler) {
    json().set("handler", handler);
    return self();
  }

  /**
   * Sets every field of a command built elsewhere, such as by gloam-util's {@code CommandBuilder}:
   * its name, description, their translations, options, default member permissions, contexts,
   * integration types, age restriction and entry point handler, and for a new command its type.
   * Fields the command does not have are left as they are.
   *
   * @param command the command
   * @return this request
   */
  public R from(ApplicationCommand command) {
    Objects.requireNonNull(command, "command");
    if (creating) {
      withType(command.effectiveType());
    }
    name(command.name());
    if (command.description() != null && (creating || !command.description().isEmpty())) {
      description(command.description());
    }
    command.nameLocalizations().ifPresent(this::nameLocalizations);
    command.descriptionLocalizations().ifPresent(this::descriptionLocalizations);
    command.options().ifPresent(this::options);
    command.defaultMemberPermissions().ifPresent(this::defaultMemberPermissions);
    command.dmPermission().ifPresent(this::dmPermission);
    command.contexts().ifPresent(this::contexts);
    command.integrationTypes().ifPresent(this::integrationTypes);
    command.nsfw().ifPresent(this::nsfw);
    command.handler().ifPresent(this::handler);
    return self();
  }

  /**
   * Sets a new command's type; the create requests expose it as {@code type(...)}, as an edit
   * cannot change it.
   */
  R withType(CommandType type) {
    json().set("type", this.type = type);
    return self();
  }

  @Override
  protected void validate() {
    if (!creating) {
      return; // an edit's fields are checked as they are set, without knowing the type
    }
    String name = json().get("name").asString();
    CommandChecks.name("name", type, name);
    String description = json().has("description") ? json().get("description").asString() : null;
    CommandChecks.description("description", type, description);
    if (type == null || CommandType.CHAT_INPUT.equals(type)) {
      CommandChecks.totalLength(
          "", name, nameLocalizations, description, descriptionLocalizations, options);
    }
  }
}
