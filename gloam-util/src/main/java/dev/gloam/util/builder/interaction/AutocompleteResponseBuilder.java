package dev.gloam.util.builder.interaction;

import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandOptionValue;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.application.command.NumberValue;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.application.interaction.AutocompleteResultResponse;
import dev.gloam.model.application.interaction.InteractionCallbackAutocompleteData;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.command.CommandChecks;
import dev.gloam.validate.message.MessageChecks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the answer to an autocomplete interaction: up to 25 suggested choices
 * (interactions/receiving-and-responding, "Autocomplete"). No choices is a valid answer: the user
 * sees no suggestions.
 *
 * <pre>{@code
 * AutocompleteResultResponse suggestions = new AutocompleteResponseBuilder()
 *     .choice("Berlin", "berlin")
 *     .choice("Bern", "bern")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AutocompleteResponseBuilder {
  private final List<CommandOptionChoice> choices = new ArrayList<>();

  /** Starts an answer without choices. */
  public AutocompleteResponseBuilder() {}

  /**
   * Adds a suggestion for a string option.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value, up to 100 characters
   * @return this builder
   */
  public AutocompleteResponseBuilder choice(String name, String value) {
    return add(name, new StringValue(Objects.requireNonNull(value, "value")), Map.of());
  }

  /**
   * Adds a suggestion for an integer option.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value
   * @return this builder
   */
  public AutocompleteResponseBuilder choice(String name, long value) {
    return add(name, new IntegerValue(value), Map.of());
  }

  /**
   * Adds a suggestion for a number option.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value
   * @return this builder
   */
  public AutocompleteResponseBuilder choice(String name, double value) {
    return add(name, new NumberValue(value), Map.of());
  }

  /**
   * Adds a suggestion with translations of its name.
   *
   * @param name the name shown, 1 to 100 characters
   * @param value the value
   * @param nameLocalizations the name by locale, each 1 to 100 characters
   * @return this builder
   */
  public AutocompleteResponseBuilder choice(
      String name, CommandOptionValue value, Map<DiscordLocale, String> nameLocalizations) {
    return add(name, Objects.requireNonNull(value, "value"), nameLocalizations);
  }

  /**
   * Adds a suggestion built elsewhere.
   *
   * @param choice the choice
   * @return this builder
   */
  public AutocompleteResponseBuilder choice(CommandOptionChoice choice) {
    choices.add(Objects.requireNonNull(choice, "choice"));
    return this;
  }

  /**
   * Builds the answer and checks the number of choices and each choice's name and value.
   *
   * @return the response
   * @throws dev.gloam.validate.ValidationException if there are more than 25 choices or a choice
   *     breaks a limit, with a path such as {@code data.choices[3].name}
   */
  public AutocompleteResultResponse build() {
    List<CommandOptionChoice> list = List.copyOf(choices);
    MessageChecks.autocompleteChoices(list);
    CommandChecks.choices("data.choices", list);
    return new AutocompleteResultResponse(new InteractionCallbackAutocompleteData(list));
  }

  private AutocompleteResponseBuilder add(
      String name, CommandOptionValue value, Map<DiscordLocale, String> nameLocalizations) {
    Optional<Map<DiscordLocale, String>> localized =
        nameLocalizations.isEmpty()
            ? Optional.empty()
            : Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>(nameLocalizations)));
    choices.add(
        new CommandOptionChoice(
            Objects.requireNonNull(name, "name"), localized, Optional.empty(), value));
    return this;
  }
}
