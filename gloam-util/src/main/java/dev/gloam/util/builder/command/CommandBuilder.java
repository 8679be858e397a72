package dev.gloam.util.builder.command;

import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.EntryPointCommandHandlerType;
import dev.gloam.model.application.interaction.InteractionContextType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.command.CommandChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds an application command to register: a slash command, a user or message context menu
 * command, or an Activity's entry point (interactions/application-commands, "Create Global
 * Application Command" and "Bulk Overwrite Global Application Commands"). {@link #build()} checks
 * every documented limit and rule, down to each option and choice.
 *
 * <p>The result is an {@link ApplicationCommand} that Discord has not registered yet, so its {@code
 * id}, {@code application_id} and {@code version} are {@code null}; everything else is what the
 * create and bulk overwrite endpoints take.
 *
 * <pre>{@code
 * ApplicationCommand roll = CommandBuilder.chatInput("roll", "Rolls dice")
 *     .nameLocalization(DiscordLocale.GERMAN, "wuerfeln")
 *     .option(new IntegerOptionBuilder("sides", "Sides of the die").required(true).minValue(2))
 *     .contexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe: fill it on one thread; what it builds is immutable.
 */
public final class CommandBuilder {
  private final CommandType type;
  private final String name;
  private final String description;
  private final Map<DiscordLocale, String> nameLocalizations = new LinkedHashMap<>();
  private final Map<DiscordLocale, String> descriptionLocalizations = new LinkedHashMap<>();
  private final List<CommandOption> options = new ArrayList<>();
  private Permissions defaultMemberPermissions;
  private List<InteractionContextType> contexts;
  private List<ApplicationIntegrationType> integrationTypes;
  private Boolean nsfw;
  private EntryPointCommandHandlerType handler;

  private CommandBuilder(CommandType type, String name, String description) {
    this.type = type;
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Starts a slash command, typed after {@code /}.
   *
   * @param name 1 to 32 lowercase letters, digits, {@code -}, {@code _} or {@code '}
   * @param description 1 to 100 characters
   * @return the builder
   */
  public static CommandBuilder chatInput(String name, String description) {
    return new CommandBuilder(CommandType.CHAT_INPUT, name, description);
  }

  /**
   * Starts a command in users' context menus; it has no description and no options.
   *
   * @param name 1 to 32 characters of any case, spaces allowed
   * @return the builder
   */
  public static CommandBuilder user(String name) {
    return new CommandBuilder(CommandType.USER, name, "");
  }

  /**
   * Starts a command in messages' context menus; it has no description and no options.
   *
   * @param name 1 to 32 characters of any case, spaces allowed
   * @return the builder
   */
  public static CommandBuilder message(String name) {
    return new CommandBuilder(CommandType.MESSAGE, name, "");
  }

  /**
   * Starts the command that launches the app's Activity; an app has at most one, and only globally.
   *
   * @param name 1 to 32 characters
   * @param description 1 to 100 characters
   * @return the builder
   */
  public static CommandBuilder primaryEntryPoint(String name, String description) {
    return new CommandBuilder(CommandType.PRIMARY_ENTRY_POINT, name, description);
  }

  /**
   * Replaces the name's translations; each follows the rules of the name.
   *
   * @param nameLocalizations the names by locale
   * @return this builder
   */
  public CommandBuilder nameLocalizations(Map<DiscordLocale, String> nameLocalizations) {
    this.nameLocalizations.clear();
    this.nameLocalizations.putAll(nameLocalizations);
    return this;
  }

  /**
   * Adds one translation of the name.
   *
   * @param locale the locale
   * @param name the name in that locale
   * @return this builder
   */
  public CommandBuilder nameLocalization(DiscordLocale locale, String name) {
    nameLocalizations.put(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(name));
    return this;
  }

  /**
   * Replaces the description's translations; each follows the rules of the description.
   *
   * @param descriptionLocalizations the descriptions by locale
   * @return this builder
   */
  public CommandBuilder descriptionLocalizations(
      Map<DiscordLocale, String> descriptionLocalizations) {
    this.descriptionLocalizations.clear();
    this.descriptionLocalizations.putAll(descriptionLocalizations);
    return this;
  }

  /**
   * Adds one translation of the description.
   *
   * @param locale the locale
   * @param description the description in that locale
   * @return this builder
   */
  public CommandBuilder descriptionLocalization(DiscordLocale locale, String description) {
    descriptionLocalizations.put(
        Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(description));
    return this;
  }

  /**
   * Adds an option of a chat input command, built now: an error names it by its place, such as
   * {@code options[2].choices[0].name}. Up to 25; either subcommands and groups, or parameters with
   * the required ones first.
   *
   * @param option the option's builder
   * @return this builder
   * @throws dev.gloam.validate.ValidationException if the option breaks a limit
   */
  public CommandBuilder option(OptionBuilder<?> option) {
    options.add(OptionPaths.buildAt("options", options.size(), option));
    return this;
  }

  /**
   * Adds an option built elsewhere; it is checked by {@link #build()}.
   *
   * @param option the option
   * @return this builder
   */
  public CommandBuilder option(CommandOption option) {
    options.add(Objects.requireNonNull(option, "option"));
    return this;
  }

  /**
   * Replaces the options with options built elsewhere; they are checked by {@link #build()}.
   *
   * @param options the options
   * @return this builder
   */
  public CommandBuilder options(List<? extends CommandOption> options) {
    this.options.clear();
    this.options.addAll(options);
    return this;
  }

  /**
   * Sets the permissions a member needs to use the command by default.
   *
   * @param defaultMemberPermissions the permissions, {@link Permissions#NONE} for administrators
   *     only, or {@code null} for everyone (the default)
   * @return this builder
   */
  public CommandBuilder defaultMemberPermissions(Permissions defaultMemberPermissions) {
    this.defaultMemberPermissions = defaultMemberPermissions;
    return this;
  }

  /**
   * Sets where a global command can be used: guilds, the DM with the bot, other private channels.
   *
   * @param contexts the contexts
   * @return this builder
   */
  public CommandBuilder contexts(InteractionContextType... contexts) {
    return contexts(List.of(contexts));
  }

  /**
   * Sets where a global command can be used.
   *
   * @param contexts the contexts
   * @return this builder
   */
  public CommandBuilder contexts(List<InteractionContextType> contexts) {
    this.contexts = List.copyOf(contexts);
    return this;
  }

  /**
   * Sets which installations of the app offer a global command: to a guild, to a user.
   *
   * @param integrationTypes the installation contexts
   * @return this builder
   */
  public CommandBuilder integrationTypes(ApplicationIntegrationType... integrationTypes) {
    return integrationTypes(List.of(integrationTypes));
  }

  /**
   * Sets which installations of the app offer a global command.
   *
   * @param integrationTypes the installation contexts
   * @return this builder
   */
  public CommandBuilder integrationTypes(List<ApplicationIntegrationType> integrationTypes) {
    this.integrationTypes = List.copyOf(integrationTypes);
    return this;
  }

  /**
   * Marks the command as age-restricted.
   *
   * @param nsfw whether it is age-restricted
   * @return this builder
   */
  public CommandBuilder nsfw(boolean nsfw) {
    this.nsfw = nsfw;
    return this;
  }

  /**
   * Sets who handles a primary entry point command: the app, or Discord launching the Activity.
   * Only entry point commands take it.
   *
   * @param handler who handles it
   * @return this builder
   */
  public CommandBuilder handler(EntryPointCommandHandlerType handler) {
    this.handler = handler;
    return this;
  }

  /**
   * Builds the command and checks it: name and description by the rules of its type, translations,
   * options (count, order, nesting, choices, limits), the 8000-character total of a chat input
   * command, and which fields its type takes.
   *
   * @return the command, not yet registered
   * @throws dev.gloam.validate.ValidationException if a field breaks a limit or a rule, with its
   *     path, such as {@code options[2].choices[0].name}
   */
  public ApplicationCommand build() {
    Map<DiscordLocale, String> names = OptionBuilder.copy(nameLocalizations).orElse(null);
    Map<DiscordLocale, String> descriptions =
        OptionBuilder.copy(descriptionLocalizations).orElse(null);
    List<CommandOption> opts = List.copyOf(options);
    CommandChecks.name("name", type, name);
    CommandChecks.nameLocalizations("name_localizations", type, names);
    CommandChecks.description("description", type, description);
    CommandChecks.descriptionLocalizations("description_localizations", type, descriptions);
    CommandChecks.commandOptions("options", type, opts);
    CommandChecks.handler("handler", type, handler);
    if (CommandType.CHAT_INPUT.equals(type)) {
      CommandChecks.totalLength("", name, names, description, descriptions, opts);
    }
    return new ApplicationCommand(
        null,
        Optional.of(type),
        null,
        Optional.empty(),
        name,
        Optional.ofNullable(names),
        Optional.empty(),
        description,
        Optional.ofNullable(descriptions),
        Optional.empty(),
        opts.isEmpty() ? Optional.empty() : Optional.of(opts),
        Optional.ofNullable(defaultMemberPermissions),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(nsfw),
        Optional.ofNullable(integrationTypes),
        Optional.ofNullable(contexts),
        null,
        Optional.ofNullable(handler));
  }
}
