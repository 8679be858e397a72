package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of application commands that the schema does not carry
 * (interactions/application-commands.mdx, "Application Command Naming", "Application Command
 * Structure", "Application Command Option Structure"), answered as Discord does: 400 Invalid Form
 * Body (50035) with an {@code errors} object.
 */
final class CommandValidation {

  /** CHAT_INPUT, a slash command. */
  static final int CHAT_INPUT = 1;

  private static final int SUB_COMMAND = 1;
  private static final int SUB_COMMAND_GROUP = 2;
  private static final int MAX_OPTIONS = 25;
  private static final int MAX_CHOICES = 25;

  // The docs' pattern; Java names the Devanagari and Thai scripts with "Is".
  private static final Pattern CHAT_INPUT_NAME =
      Pattern.compile("^[-_'\\p{L}\\p{N}\\p{IsDevanagari}\\p{IsThai}]{1,32}$");

  private CommandValidation() {}

  /**
   * Returns how many commands of a type one scope may have: 100 slash commands, 15 user and 15
   * message commands, 1 entry point.
   *
   * @param type the command type
   * @return the limit
   */
  static int limit(int type) {
    return switch (type) {
      case CHAT_INPUT -> 100;
      case 2, 3 -> 15;
      default -> 1;
    };
  }

  /**
   * Checks a command (a create body, or an edited command merged with its edit).
   *
   * @param command the command
   * @param prefix the error path prefix, such as {@code "3."} in a bulk overwrite
   * @throws ApiError 400 (50035) listing every problem
   */
  static void check(ObjectNode command, String prefix) {
    FormErrors errors = new FormErrors();
    int type = command.path("type").asInt(CHAT_INPUT);
    String name = command.path("name").asString("");
    String description = command.path("description").asString("");
    if (type == CHAT_INPUT) {
      checkName(name, prefix + "name", errors);
      checkDescription(description, prefix + "description", errors);
      checkOptions(command.get("options"), prefix + "options", 0, errors);
    } else {
      int length = name.codePointCount(0, name.length());
      if (length < 1 || length > 32) {
        errors.add(prefix + "name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.");
      }
      if (!description.isEmpty()) {
        errors.add(
            prefix + "description",
            "APPLICATION_COMMAND_DESCRIPTION_INVALID",
            "Only chat input commands may have a description.");
      }
      if (command.path("options").size() > 0) {
        errors.add(
            prefix + "options",
            "APPLICATION_COMMAND_OPTIONS_INVALID",
            "Only chat input commands may have options.");
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiError(errors.toResponse());
    }
  }

  /**
   * The refusal of two commands (or options) with one name.
   *
   * @param path where the duplicate is
   * @return the error
   */
  static ApiError duplicateName(String path) {
    FormErrors errors = new FormErrors();
    errors.add(
        path, "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
    return new ApiError(errors.toResponse());
  }

  private static void checkName(String name, String path, FormErrors errors) {
    if (!CHAT_INPUT_NAME.matcher(name).matches()) {
      errors.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    } else if (!name.equals(name.toLowerCase(Locale.ROOT))) {
      // Letters that have a lowercase form must use it.
      errors.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
  }

  private static void checkDescription(String description, String path, FormErrors errors) {
    int length = description.codePointCount(0, description.length());
    if (length < 1 || length > 100) {
      errors.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
    }
  }

  private static void checkOptions(JsonNode options, String path, int depth, FormErrors errors) {
    if (options == null || !options.isArray()) {
      return;
    }
    if (options.size() > MAX_OPTIONS) {
      errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    boolean optionalSeen = false;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      JsonNode option = options.get(i);
      String at = path + "." + i;
      int type = option.path("type").asInt();
      String name = option.path("name").asString("");
      checkName(name, at + ".name", errors);
      checkDescription(option.path("description").asString(""), at + ".description", errors);
      if (names.contains(name)) {
        errors.add(
            at + ".name",
            "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME",
            "Option names must be unique");
      }
      names.add(name);
      boolean required = option.path("required").asBoolean(false);
      if (required && optionalSeen) {
        errors.add(
            at + ".required",
            "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
            "Required options must be placed before non-required options");
      }
      optionalSeen |= !required;
      if (option.path("choices").size() > MAX_CHOICES) {
        errors.add(at + ".choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
      }
      if (option.path("autocomplete").asBoolean(false) && option.path("choices").size() > 0) {
        errors.add(
            at + ".autocomplete",
            "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_INVALID",
            "Autocomplete cannot be set with choices");
      }
      boolean nests = type == SUB_COMMAND || type == SUB_COMMAND_GROUP;
      if (nests && depth < 2) {
        checkOptions(option.get("options"), at + ".options", depth + 1, errors);
      }
    }
  }
}
