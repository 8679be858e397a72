package dev.gloam.util.builder.command;

import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandOptionValue;
import dev.gloam.model.locale.DiscordLocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The choices a string, integer or number option builder collects, in the order added. */
final class Choices {
  private final List<CommandOptionChoice> choices = new ArrayList<>();

  void add(String name, CommandOptionValue value, Map<DiscordLocale, String> nameLocalizations) {
    choices.add(
        new CommandOptionChoice(
            Objects.requireNonNull(name, "name"),
            OptionBuilder.copy(Objects.requireNonNull(nameLocalizations, "nameLocalizations")),
            Optional.empty(),
            value));
  }

  Optional<List<CommandOptionChoice>> toOptional() {
    return choices.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(choices));
  }
}
