package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.command.CommandOptionType;
import dev.gloam.model.application.command.CommandOptionValue;
import java.util.List;
import java.util.Optional;

/**
 * An option a user filled in when invoking a command: a parameter with its value, or a subcommand
 * or group with its own options. Maps Discord's "Application Command Interaction Data Option
 * Structure" (interactions/receiving-and-responding).
 *
 * @param name the option's name
 * @param type the option's type
 * @param value the value the user gave, for parameters; exclusive with {@code options}
 * @param options the nested options, for subcommands and groups
 * @param focused {@code true} for the option being typed in an autocomplete interaction
 */
public record CommandInteractionDataOption(
    String name,
    CommandOptionType type,
    @JsonInclude(Include.NON_ABSENT) Optional<CommandOptionValue> value,
    @JsonInclude(Include.NON_ABSENT) Optional<List<CommandInteractionDataOption>> options,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> focused) {

  /**
   * Finds the focused option in a list of options and, depth first, in their nested options.
   *
   * @param options the options to search
   * @return the focused option, or empty if none is focused
   */
  static Optional<CommandInteractionDataOption> findFocused(
      List<CommandInteractionDataOption> options) {
    for (CommandInteractionDataOption option : options) {
      if (option.focused.orElse(false)) {
        return Optional.of(option);
      }
      Optional<CommandInteractionDataOption> nested = option.options.flatMap(o -> findFocused(o));
      if (nested.isPresent()) {
        return nested;
      }
    }
    return Optional.empty();
  }
}
