package dev.gloam.validate.command;

import dev.gloam.model.application.command.AttachmentOption;
import dev.gloam.model.application.command.BooleanOption;
import dev.gloam.model.application.command.ChannelOption;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandOptionType;
import dev.gloam.model.application.command.CommandOptionValue;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.EntryPointCommandHandlerType;
import dev.gloam.model.application.command.IntegerOption;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.application.command.MentionableOption;
import dev.gloam.model.application.command.NumberOption;
import dev.gloam.model.application.command.NumberValue;
import dev.gloam.model.application.command.RoleOption;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.application.command.SubCommandGroupOption;
import dev.gloam.model.application.command.SubCommandOption;
import dev.gloam.model.application.command.UserOption;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks of application commands (interactions/application-commands, "Application Command Object"
 * and "Application Command Naming"): names, descriptions, options, choices, the size of a whole
 * command, how many commands an application may have and command permissions.
 */
public final class CommandChecks {
  /** The most characters of a command or option name. */
  public static final int NAME_MAX = 32;

  /** The most characters of a chat input command's or an option's description. */
  public static final int DESCRIPTION_MAX = 100;

  /** The most options of a command or a subcommand (group). */
  public static final int OPTIONS_MAX = 25;

  /** The most choices of an option. */
  public static final int CHOICES_MAX = 25;

  /** The most characters of a choice's name. */
  public static final int CHOICE_NAME_MAX = 100;

  /** The most characters of a string choice's value. */
  public static final int CHOICE_VALUE_MAX = 100;

  /** The largest {@code min_length} and {@code max_length} of a string option. */
  public static final int LENGTH_LIMIT_MAX = 6000;

  /**
   * The most characters of a chat input command's names, descriptions and choice values together,
   * counting the longest localization of each field ("Application Command Object", "Slash commands
   * can have a maximum of 8000 characters").
   */
  public static final int TOTAL_CHARACTERS_MAX = 8000;

  /** The most chat input commands per scope (global, or one guild). */
  public static final int CHAT_INPUT_COMMANDS_MAX = 100;

  /** The most user commands per scope. */
  public static final int USER_COMMANDS_MAX = 15;

  /** The most message commands per scope. */
  public static final int MESSAGE_COMMANDS_MAX = 15;

  /** The most primary entry point commands (global only). */
  public static final int ENTRY_POINT_COMMANDS_MAX = 1;

  /** The smallest value of an integer option, its choices and its limits: -(2^53 - 1). */
  public static final long INTEGER_MIN = -((1L << 53) - 1);

  /** The largest value of an integer option, its choices and its limits: 2^53 - 1. */
  public static final long INTEGER_MAX = (1L << 53) - 1;

  /** The largest magnitude of a number option's value, choices and limits: 2^53. */
  public static final double NUMBER_MAGNITUDE_MAX = 0x1p53;

  /** The most file types an attachment option filters for. */
  public static final int FILE_TYPES_MAX = 10;

  /** The most permission overwrites of one command in a guild. */
  public static final int PERMISSIONS_MAX = 100;

  /** What chat input command and option names must match ("Application Command Naming"). */
  public static final Pattern CHAT_INPUT_NAME =
      Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

  private CommandChecks() {}

  /**
   * Checks a command's name: 1 to {@value #NAME_MAX} characters; for chat input commands also
   * Discord's naming pattern, with lowercase letters wherever a letter has a lowercase form.
   *
   * @param field the field's path
   * @param type the command's type ({@code null} means chat input)
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if the name breaks a rule
   */
  public static void name(String field, CommandType type, String name) {
    if (name == null) {
      return;
    }
    Check.length(field, name, 1, NAME_MAX);
    if (isChatInput(type)) {
      chatInputName(field, name);
    }
  }

  /**
   * Checks a chat input command's or an option's name against the pattern and the lowercase rule.
   *
   * @param field the field's path
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if the name does not match or has capitals
   */
  public static void chatInputName(String field, String name) {
    if (name == null) {
      return;
    }
    Check.length(field, name, 1, NAME_MAX);
    if (!CHAT_INPUT_NAME.matcher(name).matches()) {
      throw new ValidationException(
          field, ValidationException.Rule.MALFORMED, CHAT_INPUT_NAME.pattern(), "other characters");
    }
    boolean capitals = name.codePoints().anyMatch(c -> Character.toLowerCase(c) != c);
    if (capitals) {
      throw new ValidationException(
          field, ValidationException.Rule.MALFORMED, "lowercase letters", "capital letters");
    }
  }

  /**
   * Checks a command's description: 1 to {@value #DESCRIPTION_MAX} characters for chat input
   * commands, empty for user and message commands.
   *
   * @param field the field's path
   * @param type the command's type ({@code null} means chat input)
   * @param description the description, or {@code null} if absent
   * @throws ValidationException if the description breaks the rule of its type
   */
  public static void description(String field, CommandType type, String description) {
    if (description == null) {
      return;
    }
    if (isChatInput(type) || CommandType.PRIMARY_ENTRY_POINT.equals(type)) {
      Check.length(field, description, 1, DESCRIPTION_MAX);
    } else {
      Check.maxLength(field, description, 0);
    }
  }

  /**
   * Checks localized names: each follows the rules of the name itself.
   *
   * @param field the field's path
   * @param type the command's type ({@code null} means chat input)
   * @param localizations the names by locale, or {@code null} if absent
   * @throws ValidationException if a localized name breaks a rule
   */
  public static void nameLocalizations(
      String field, CommandType type, Map<DiscordLocale, String> localizations) {
    if (localizations != null) {
      localizations.forEach((locale, name) -> name(field + "." + locale.value(), type, name));
    }
  }

  /**
   * Checks localized descriptions: each follows the rules of the description itself.
   *
   * @param field the field's path
   * @param type the command's type ({@code null} means chat input)
   * @param localizations the descriptions by locale, or {@code null} if absent
   * @throws ValidationException if a localized description breaks a rule
   */
  public static void descriptionLocalizations(
      String field, CommandType type, Map<DiscordLocale, String> localizations) {
    if (localizations != null) {
      localizations.forEach(
          (locale, text) -> description(field + "." + locale.value(), type, text));
    }
  }

  /**
   * Checks a list of options and everything nested in it: at most {@value #OPTIONS_MAX} per level,
   * names and descriptions as for chat input commands (also localized), choices, string length
   * limits, required options before optional ones, names unique on each level, and subcommands (or
   * groups) not mixed with other options on one level.
   *
   * @param field the field's path, such as {@code options}
   * @param options the options, or {@code null} if absent
   * @throws ValidationException if an option breaks a rule
   */
  public static void options(String field, List<? extends CommandOption> options) {
    if (options == null) {
      return;
    }
    Check.count(field, options, 0, OPTIONS_MAX);
    boolean optionalSeen = false;
    Set<String> names = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      CommandOption option = options.get(i);
      String path = field + "[" + i + "]";
      if (i > 0 && isSubcommand(option) != isSubcommand(options.get(0))) {
        throw new ValidationException(
            path,
            ValidationException.Rule.NOT_ALLOWED,
            "subcommands and subcommand groups not mixed with other options on one level",
            "mixed");
      }
      if (option.name() != null && !names.add(option.name())) {
        throw new ValidationException(
            path + ".name",
            ValidationException.Rule.NOT_ALLOWED,
            "names unique among sibling options",
            "duplicate");
      }
      option(path, option);
      boolean required = isRequired(option);
      if (required && optionalSeen) {
        throw new ValidationException(
            path + ".required",
            ValidationException.Rule.NOT_ALLOWED,
            "required options before optional ones",
            "required after optional");
      }
      optionalSeen |= !required && !isSubcommand(option);
    }
  }

  /**
   * Checks one option and its nested options or choices: a subcommand group holds only subcommands
   * and a subcommand no subcommands or groups; choices are not combined with autocomplete and their
   * values have the option's type; integer and number limits lie within the values Discord accepts
   * and a lower limit is not above the upper one; an attachment option filters at most {@value
   * #FILE_TYPES_MAX} file types.
   *
   * @param field the field's path
   * @param option the option
   * @throws ValidationException if the option breaks a rule
   */
  public static void option(String field, CommandOption option) {
    chatInputName(field + ".name", option.name());
    switch (option) {
      case SubCommandOption o -> {
        texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
        nested(field + ".options", o.options().orElse(null), false);
        options(field + ".options", o.options().orElse(null));
      }
      case SubCommandGroupOption o -> {
        texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
        nested(field + ".options", o.options().orElse(null), true);
        options(field + ".options", o.options().orElse(null));
      }
      case StringOption o -> {
        texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
        choices(field + ".choices", o.choices().orElse(null));
        notBoth(field, o.choices(), o.autocomplete());
        choiceValues(field + ".choices", o.choices().orElse(null), o.type());
        o.minLength().ifPresent(v -> Check.range(field + ".min_length", v, 0, LENGTH_LIMIT_MAX));
        o.maxLength().ifPresent(v -> Check.range(field + ".max_length", v, 1, LENGTH_LIMIT_MAX));
        ordered(field + ".max_length", o.minLength().orElse(null), o.maxLength().orElse(null));
      }
      case IntegerOption o -> {
        texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
        choices(field + ".choices", o.choices().orElse(null));
        notBoth(field, o.choices(), o.autocomplete());
        choiceValues(field + ".choices", o.choices().orElse(null), o.type());
        o.minValue().ifPresent(v -> Check.range(field + ".min_value", v, INTEGER_MIN, INTEGER_MAX));
        o.maxValue().ifPresent(v -> Check.range(field + ".max_value", v, INTEGER_MIN, INTEGER_MAX));
        ordered(field + ".max_value", o.minValue().orElse(null), o.maxValue().orElse(null));
      }
      case NumberOption o -> {
        texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
        choices(field + ".choices", o.choices().orElse(null));
        notBoth(field, o.choices(), o.autocomplete());
        choiceValues(field + ".choices", o.choices().orElse(null), o.type());
        o.minValue().ifPresent(v -> numberRange(field + ".min_value", v));
        o.maxValue().ifPresent(v -> numberRange(field + ".max_value", v));
        ordered(field + ".max_value", o.minValue().orElse(null), o.maxValue().orElse(null));
      }
      case BooleanOption o ->
          texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
      case UserOption o ->
          texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
      case ChannelOption o ->
          texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
      case RoleOption o ->
          texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
      case MentionableOption o ->
          texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
      case AttachmentOption o -> {
        texts(field, o.nameLocalizations(), o.description(), o.descriptionLocalizations());
        Check.count(field + ".file_types", o.fileTypes().orElse(null), 0, FILE_TYPES_MAX);
      }
      default -> {
        // An option type gloam does not know: only its name is checked.
      }
    }
  }

  /**
   * Checks an option's choices: at most {@value #CHOICES_MAX}, names of 1 to {@value
   * #CHOICE_NAME_MAX} characters (also localized) and string values of at most {@value
   * #CHOICE_VALUE_MAX} characters.
   *
   * @param field the field's path
   * @param choices the choices, or {@code null} if absent
   * @throws ValidationException if a choice breaks a rule
   */
  public static void choices(String field, List<CommandOptionChoice> choices) {
    if (choices == null) {
      return;
    }
    Check.count(field, choices, 0, CHOICES_MAX);
    for (int i = 0; i < choices.size(); i++) {
      CommandOptionChoice choice = choices.get(i);
      String path = field + "[" + i + "]";
      Check.length(path + ".name", choice.name(), 1, CHOICE_NAME_MAX);
      choice
          .nameLocalizations()
          .ifPresent(
              map ->
                  map.forEach(
                      (locale, name) ->
                          Check.length(
                              path + ".name_localizations." + locale.value(),
                              name,
                              1,
                              CHOICE_NAME_MAX)));
      if (choice.value() instanceof StringValue(String value)) {
        Check.maxLength(path + ".value", value, CHOICE_VALUE_MAX);
      }
    }
  }

  /**
   * Checks the size of a whole chat input command: its name, description, and every option's name,
   * description and string choice values together, counting for each field its longest localization
   * or default, at most {@value #TOTAL_CHARACTERS_MAX} characters.
   *
   * @param field the field's path, such as {@code ""} or {@code "[3]"}
   * @param name the command's name
   * @param nameLocalizations the name's localizations, or {@code null}
   * @param description the description
   * @param descriptionLocalizations the description's localizations, or {@code null}
   * @param options the options, or {@code null}
   * @throws ValidationException if the command is too large
   */
  public static void totalLength(
      String field,
      String name,
      Map<DiscordLocale, String> nameLocalizations,
      String description,
      Map<DiscordLocale, String> descriptionLocalizations,
      List<? extends CommandOption> options) {
    long total =
        longest(name, nameLocalizations)
            + longest(description, descriptionLocalizations)
            + optionCharacters(options);
    if (total > TOTAL_CHARACTERS_MAX) {
      throw new ValidationException(
          field.isEmpty() ? "command" : field,
          ValidationException.Rule.TOO_LONG,
          Integer.toString(TOTAL_CHARACTERS_MAX),
          Long.toString(total));
    }
  }

  /**
   * Checks how many commands of each type a bulk overwrite sets: at most {@value
   * #CHAT_INPUT_COMMANDS_MAX} chat input, {@value #USER_COMMANDS_MAX} user, {@value
   * #MESSAGE_COMMANDS_MAX} message and {@value #ENTRY_POINT_COMMANDS_MAX} entry point commands.
   *
   * @param field the field's path
   * @param types the type of each command ({@code null} means chat input)
   * @throws ValidationException if a type has too many commands
   */
  public static void commandCounts(String field, Collection<CommandType> types) {
    int chatInput = 0;
    int user = 0;
    int message = 0;
    int entryPoint = 0;
    for (CommandType type : types) {
      if (isChatInput(type)) {
        chatInput++;
      } else if (CommandType.USER.equals(type)) {
        user++;
      } else if (CommandType.MESSAGE.equals(type)) {
        message++;
      } else if (CommandType.PRIMARY_ENTRY_POINT.equals(type)) {
        entryPoint++;
      }
    }
    over(field + " (CHAT_INPUT)", chatInput, CHAT_INPUT_COMMANDS_MAX);
    over(field + " (USER)", user, USER_COMMANDS_MAX);
    over(field + " (MESSAGE)", message, MESSAGE_COMMANDS_MAX);
    over(field + " (PRIMARY_ENTRY_POINT)", entryPoint, ENTRY_POINT_COMMANDS_MAX);
  }

  /**
   * Checks the options of a command of the given type: only chat input commands have options
   * (interactions/application-commands, "Application Command Object"), then everything {@link
   * #options} checks.
   *
   * @param field the field's path, such as {@code options}
   * @param type the command's type ({@code null} means chat input)
   * @param options the options, or {@code null} if absent
   * @throws ValidationException if the type takes no options or an option breaks a rule
   */
  public static void commandOptions(
      String field, CommandType type, List<? extends CommandOption> options) {
    if (options != null && !options.isEmpty() && !isChatInput(type)) {
      throw new ValidationException(
          field,
          ValidationException.Rule.NOT_ALLOWED,
          "options only on CHAT_INPUT commands",
          type.toString());
    }
    options(field, options);
  }

  /**
   * Checks a command's {@code handler}: only {@code PRIMARY_ENTRY_POINT} commands have one.
   *
   * @param field the field's path, such as {@code handler}
   * @param type the command's type ({@code null} means chat input)
   * @param handler the handler, or {@code null} if absent
   * @throws ValidationException if the type takes no handler
   */
  public static void handler(String field, CommandType type, EntryPointCommandHandlerType handler) {
    if (handler != null && !CommandType.PRIMARY_ENTRY_POINT.equals(type)) {
      throw new ValidationException(
          field,
          ValidationException.Rule.NOT_ALLOWED,
          "a handler only on PRIMARY_ENTRY_POINT commands",
          type == null ? "CHAT_INPUT" : type.toString());
    }
  }

  /**
   * Checks the permission overwrites of one command: at most {@value #PERMISSIONS_MAX}.
   *
   * @param field the field's path
   * @param permissions the overwrites, or {@code null} if absent
   * @throws ValidationException if there are too many
   */
  public static void permissions(String field, Collection<?> permissions) {
    Check.count(field, permissions, 0, PERMISSIONS_MAX);
  }

  private static void over(String field, int count, int max) {
    if (count > max) {
      throw new ValidationException(
          field, ValidationException.Rule.TOO_MANY, Integer.toString(max), Integer.toString(count));
    }
  }

  // A group holds only subcommands; a subcommand holds only parameters (one level of nesting).
  private static void nested(String field, List<CommandOption> options, boolean inGroup) {
    if (options == null) {
      return;
    }
    for (int i = 0; i < options.size(); i++) {
      CommandOption option = options.get(i);
      boolean fits = inGroup ? option instanceof SubCommandOption : !isSubcommand(option);
      if (!fits) {
        throw new ValidationException(
            field + "[" + i + "]",
            ValidationException.Rule.NOT_ALLOWED,
            inGroup
                ? "only subcommands in a subcommand group"
                : "no subcommands or groups in a subcommand",
            option.type().toString());
      }
    }
  }

  private static void notBoth(
      String field, Optional<List<CommandOptionChoice>> choices, Optional<Boolean> autocomplete) {
    if (autocomplete.orElse(false) && choices.isPresent() && !choices.get().isEmpty()) {
      throw new ValidationException(
          field + ".autocomplete",
          ValidationException.Rule.NOT_ALLOWED,
          "autocomplete not together with choices",
          "both set");
    }
  }

  private static void choiceValues(
      String field, List<CommandOptionChoice> choices, CommandOptionType type) {
    if (choices == null) {
      return;
    }
    for (int i = 0; i < choices.size(); i++) {
      String path = field + "[" + i + "].value";
      CommandOptionValue value = choices.get(i).value();
      if (CommandOptionType.STRING.equals(type) && !(value instanceof StringValue)) {
        throw wrongValue(path, "a string", value);
      } else if (CommandOptionType.INTEGER.equals(type)) {
        if (!(value instanceof IntegerValue(long v))) {
          throw wrongValue(path, "an integer", value);
        }
        Check.range(path, v, INTEGER_MIN, INTEGER_MAX);
      } else if (CommandOptionType.NUMBER.equals(type)) {
        switch (value) {
          case IntegerValue(long v) -> numberRange(path, v);
          case NumberValue(double v) -> numberRange(path, v);
          case null, default -> throw wrongValue(path, "a number", value);
        }
      }
    }
  }

  private static ValidationException wrongValue(
      String field, String expected, CommandOptionValue value) {
    return new ValidationException(
        field,
        ValidationException.Rule.MALFORMED,
        expected + " for this option's type",
        value == null ? "absent" : value.getClass().getSimpleName());
  }

  private static void numberRange(String field, double value) {
    if (!(Math.abs(value) <= NUMBER_MAGNITUDE_MAX)) {
      throw new ValidationException(
          field, ValidationException.Rule.OUT_OF_RANGE, "-2^53..2^53", Double.toString(value));
    }
  }

  private static <N extends Number & Comparable<N>> void ordered(String field, N min, N max) {
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new ValidationException(
          field,
          ValidationException.Rule.OUT_OF_RANGE,
          "at least the lower limit " + min,
          max.toString());
    }
  }

  private static void texts(
      String field,
      Optional<Map<DiscordLocale, String>> nameLocalizations,
      String description,
      Optional<Map<DiscordLocale, String>> descriptionLocalizations) {
    nameLocalizations.ifPresent(
        map ->
            map.forEach(
                (locale, name) ->
                    chatInputName(field + ".name_localizations." + locale.value(), name)));
    Check.length(field + ".description", description, 1, DESCRIPTION_MAX);
    descriptionLocalizations.ifPresent(
        map ->
            map.forEach(
                (locale, text) ->
                    Check.length(
                        field + ".description_localizations." + locale.value(),
                        text,
                        1,
                        DESCRIPTION_MAX)));
  }

  private static boolean isChatInput(CommandType type) {
    return type == null || CommandType.CHAT_INPUT.equals(type);
  }

  private static boolean isSubcommand(CommandOption option) {
    return option instanceof SubCommandOption || option instanceof SubCommandGroupOption;
  }

  private static boolean isRequired(CommandOption option) {
    Optional<Boolean> required =
        switch (option) {
          case StringOption o -> o.required();
          case IntegerOption o -> o.required();
          case NumberOption o -> o.required();
          case BooleanOption o -> o.required();
          case UserOption o -> o.required();
          case ChannelOption o -> o.required();
          case RoleOption o -> o.required();
          case MentionableOption o -> o.required();
          case AttachmentOption o -> o.required();
          default -> Optional.empty();
        };
    return required.orElse(false);
  }

  private static long longest(String text, Map<DiscordLocale, String> localizations) {
    long longest = text == null ? 0 : Check.characters(text);
    if (localizations != null) {
      for (String localized : localizations.values()) {
        if (localized != null) {
          longest = Math.max(longest, Check.characters(localized));
        }
      }
    }
    return longest;
  }

  private static long optionCharacters(List<? extends CommandOption> options) {
    if (options == null) {
      return 0;
    }
    long total = 0;
    for (CommandOption option : options) {
      total +=
          switch (option) {
            case SubCommandOption o ->
                longest(o.name(), o.nameLocalizations().orElse(null))
                    + longest(o.description(), o.descriptionLocalizations().orElse(null))
                    + optionCharacters(o.options().orElse(null));
            case SubCommandGroupOption o ->
                longest(o.name(), o.nameLocalizations().orElse(null))
                    + longest(o.description(), o.descriptionLocalizations().orElse(null))
                    + optionCharacters(o.options().orElse(null));
            case StringOption o ->
                longest(o.name(), o.nameLocalizations().orElse(null))
                    + longest(o.description(), o.descriptionLocalizations().orElse(null))
                    + choiceCharacters(o.choices().orElse(null));
            case IntegerOption o ->
                longest(o.name(), o.nameLocalizations().orElse(null))
                    + longest(o.description(), o.descriptionLocalizations().orElse(null))
                    + choiceCharacters(o.choices().orElse(null));
            case NumberOption o ->
                longest(o.name(), o.nameLocalizations().orElse(null))
                    + longest(o.description(), o.descriptionLocalizations().orElse(null))
                    + choiceCharacters(o.choices().orElse(null));
            case BooleanOption o ->
                plain(
                    o.name(), o.nameLocalizations(), o.description(), o.descriptionLocalizations());
            case UserOption o ->
                plain(
                    o.name(), o.nameLocalizations(), o.description(), o.descriptionLocalizations());
            case ChannelOption o ->
                plain(
                    o.name(), o.nameLocalizations(), o.description(), o.descriptionLocalizations());
            case RoleOption o ->
                plain(
                    o.name(), o.nameLocalizations(), o.description(), o.descriptionLocalizations());
            case MentionableOption o ->
                plain(
                    o.name(), o.nameLocalizations(), o.description(), o.descriptionLocalizations());
            case AttachmentOption o ->
                plain(
                    o.name(), o.nameLocalizations(), o.description(), o.descriptionLocalizations());
            default -> longest(option.name(), null);
          };
    }
    return total;
  }

  private static long plain(
      String name,
      Optional<Map<DiscordLocale, String>> nameLocalizations,
      String description,
      Optional<Map<DiscordLocale, String>> descriptionLocalizations) {
    return longest(name, nameLocalizations.orElse(null))
        + longest(description, descriptionLocalizations.orElse(null));
  }

  private static long choiceCharacters(List<CommandOptionChoice> choices) {
    if (choices == null) {
      return 0;
    }
    long total = 0;
    for (CommandOptionChoice choice : choices) {
      total += longest(choice.name(), choice.nameLocalizations().orElse(null));
      if (choice.value() instanceof StringValue(String value)) {
        total += Check.characters(value);
      }
    }
    return total;
  }
}
