package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.channel.message.component.StringSelect;
import dev.gloam.util.builder.internal.Relative;
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
public final class StringSelectBuilder {
  private final String customId;
  private Integer id;
  private String placeholder;
  private Integer minValues;
  private Integer maxValues;
  private Boolean required;
  private Boolean disabled;
  private final List<SelectOption> options = new ArrayList<>();

  /**
   * Starts a string select.
   *
   * @param customId the id sent back with the choice, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public StringSelectBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the message or modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public StringSelectBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the text shown while nothing is chosen.
   *
   * @param placeholder at most {@value ComponentChecks#SELECT_PLACEHOLDER_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code placeholder}) if it is missing or too long
   */
  public StringSelectBuilder placeholder(String placeholder) {
    Check.required("placeholder", placeholder, "a placeholder");
    Check.maxLength("placeholder", placeholder, ComponentChecks.SELECT_PLACEHOLDER_MAX);
    this.placeholder = placeholder;
    return this;
  }

  /**
   * Sets the fewest items a user must choose (Discord's default is 1). In a modal, 0 needs {@link
   * #required(boolean) required(false)}.
   *
   * @param minValues 0 to {@value ComponentChecks#SELECT_VALUES_MAX}
   * @return this builder
   * @throws ValidationException ({@code min_values}) if it is out of range
   */
  public StringSelectBuilder minValues(int minValues) {
    Check.range("min_values", minValues, 0, ComponentChecks.SELECT_VALUES_MAX);
    this.minValues = minValues;
    return this;
  }

  /**
   * Sets the most items a user may choose (Discord's default is 1).
   *
   * @param maxValues 1 to {@value ComponentChecks#SELECT_VALUES_MAX}
   * @return this builder
   * @throws ValidationException ({@code max_values}) if it is out of range
   */
  public StringSelectBuilder maxValues(int maxValues) {
    Check.range("max_values", maxValues, 1, ComponentChecks.SELECT_VALUES_MAX);
    this.maxValues = maxValues;
    return this;
  }

  /**
   * Sets whether a modal can be submitted only with a choice made (Discord's default is true);
   * messages ignore it.
   *
   * @param required false to make the choice optional
   * @return this builder
   */
  public StringSelectBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Sets whether the menu is greyed out; for messages only, as modals refuse disabled components.
   *
   * @param disabled true to disable it (Discord's default is false)
   * @return this builder
   */
  public StringSelectBuilder disabled(boolean disabled) {
    this.disabled = disabled;
    return this;
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
    StringSelect select =
        new StringSelect(
            Optional.ofNullable(id),
            customId,
            List.copyOf(options),
            Optional.ofNullable(placeholder),
            Optional.ofNullable(minValues),
            Optional.ofNullable(maxValues),
            Optional.ofNullable(required),
            Optional.ofNullable(disabled));
    Relative.check(() -> ComponentChecks.select("", select, false));
    return select;
  }
}
