package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.channel.message.component.StringSelect;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link StringSelect}: a menu of the application's own options (components/reference,
 * "String Select"). Put it alone in an {@link ActionRowBuilder action row} of a message or in a
 * {@link LabelBuilder label} of a modal.
 *
 * <pre>{@code
 * StringSelect bugs = new StringSelectBuilder("bug")
 *     .placeholder("Choose…")
 *     .option("Ant", "ant")
 *     .option(new SelectOptionBuilder("Butterfly", "butterfly").emoji(PartialEmoji.unicode("🦋")).build())
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the select ({@code options[3].label},
 * {@code max_values}).
 */
public final class StringSelectBuilder extends SelectMenuBuilder<StringSelectBuilder> {
  private final List<SelectOption> options = new ArrayList<>();

  /**
   * Starts a string select.
   *
   * @param customId the id sent back with the choice, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public StringSelectBuilder(String customId) {
    super(customId);
  }

  /**
   * Adds an option with a label and a value.
   *
   * @param label the text users see, 1 to {@value ComponentChecks#SELECT_OPTION_TEXT_MAX}
   *     characters
   * @param value the value sent back when chosen, 1 to {@value
   *     ComponentChecks#SELECT_OPTION_TEXT_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code options[i].label}, {@code options[i].value}, {@code
   *     options}) if a text is missing or has a wrong length, or the menu is full
   */
  public StringSelectBuilder option(String label, String value) {
    String path = "options[" + options.size() + "]";
    Check.required(path + ".label", label, "an option needs a label");
    Check.length(path + ".label", label, 1, ComponentChecks.SELECT_OPTION_TEXT_MAX);
    Check.required(path + ".value", value, "an option needs a value");
    Check.length(path + ".value", value, 1, ComponentChecks.SELECT_OPTION_TEXT_MAX);
    return option(
        new SelectOption(label, value, Optional.empty(), Optional.empty(), Optional.empty()));
  }

  /**
   * Adds an option, such as one from {@link SelectOptionBuilder}.
   *
   * @param option the option
   * @return this builder
   * @throws ValidationException ({@code options}) if it is missing or the menu has {@value
   *     ComponentChecks#SELECT_OPTIONS_MAX} options already
   */
  public StringSelectBuilder option(SelectOption option) {
    Check.required("options[" + options.size() + "]", option, "an option");
    if (options.size() >= ComponentChecks.SELECT_OPTIONS_MAX) {
      throw new ValidationException(
          "options",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(ComponentChecks.SELECT_OPTIONS_MAX),
          Integer.toString(options.size() + 1));
    }
    options.add(option);
    return this;
  }

  /**
   * Builds the select menu, checked with the rules of messages; a {@link LabelBuilder label} checks
   * it with the rules of modals.
   *
   * @return the select menu
   * @throws ValidationException if it has no options, an option breaks a limit, or {@code
   *     min_values} exceeds {@code max_values}
   */
  public StringSelect build() {
    return checked(
        new StringSelect(
            id(),
            customId(),
            List.copyOf(options),
            placeholder(),
            minValues(),
            maxValues(),
            required(),
            disabled()));
  }
}
