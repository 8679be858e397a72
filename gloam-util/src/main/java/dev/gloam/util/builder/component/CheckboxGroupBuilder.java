package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.CheckboxGroup;
import dev.gloam.model.channel.message.component.CheckboxGroupOption;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link CheckboxGroup} of a modal (components/reference, "Checkbox Group"): users tick
 * any number of 1 to 10 options. Put it in a {@link LabelBuilder label}. A single required option
 * stands in for a checkbox that must be ticked.
 *
 * <pre>{@code
 * CheckboxGroup toppings = new CheckboxGroupBuilder("toppings")
 *     .option("cheese", "Cheese")
 *     .option("olives", "Olives", "Green ones")
 *     .minValues(0)
 *     .required(false)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the group ({@code options[2].label}).
 */
public final class CheckboxGroupBuilder {
  private final String customId;
  private final List<CheckboxGroupOption> options = new ArrayList<>();
  private Integer id;
  private Boolean required;
  private Integer minValues;
  private Integer maxValues;

  /**
   * Starts a group.
   *
   * @param customId the id sent back with the answer, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public CheckboxGroupBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public CheckboxGroupBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Adds an option.
   *
   * @param value the value sent back when chosen, 1 to {@value
   *     ComponentChecks#GROUP_OPTION_TEXT_MAX} characters
   * @param label the text users see, 1 to {@value ComponentChecks#GROUP_OPTION_TEXT_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code options[i].value}, {@code options[i].label}, {@code
   *     options}) if a text is missing or has a wrong length, or the group is full
   */
  public CheckboxGroupBuilder option(String value, String label) {
    return option(new CheckboxGroupOption(value, label, Optional.empty(), Optional.empty()));
  }

  /**
   * Adds an option with a description.
   *
   * @param value the value sent back when chosen
   * @param label the text users see
   * @param description the smaller text under the label, at most {@value
   *     ComponentChecks#GROUP_OPTION_TEXT_MAX} characters
   * @return this builder
   * @throws ValidationException as {@link #option(String, String)}, and ({@code
   *     options[i].description}) if the description is missing or too long
   */
  public CheckboxGroupBuilder option(String value, String label, String description) {
    Check.required("options[" + options.size() + "].description", description, "a description");
    return option(
        new CheckboxGroupOption(value, label, Optional.of(description), Optional.empty()));
  }

  /**
   * Adds an option, for instance one chosen by default.
   *
   * @param option the option
   * @return this builder
   * @throws ValidationException as {@link #option(String, String, String)}
   */
  public CheckboxGroupBuilder option(CheckboxGroupOption option) {
    GroupOptions.checkRoom(options.size(), option);
    GroupOptions.checkTexts(options.size(), option.value(), option.label(), option.description());
    options.add(option);
    return this;
  }

  /**
   * Sets whether the modal can be submitted only with a choice made (Discord's default is true).
   *
   * @param required false to make the choice optional
   * @return this builder
   */
  public CheckboxGroupBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Sets the fewest options a user must tick (Discord's default is 1); 0 needs {@link
   * #required(boolean) required(false)}.
   *
   * @param minValues 0 to {@value ComponentChecks#GROUP_OPTIONS_MAX}
   * @return this builder
   * @throws ValidationException ({@code min_values}) if it is out of range
   */
  public CheckboxGroupBuilder minValues(int minValues) {
    Check.range("min_values", minValues, 0, ComponentChecks.GROUP_OPTIONS_MAX);
    this.minValues = minValues;
    return this;
  }

  /**
   * Sets the most options a user may tick (Discord's default is the number of options).
   *
   * @param maxValues 1 to {@value ComponentChecks#GROUP_OPTIONS_MAX}
   * @return this builder
   * @throws ValidationException ({@code max_values}) if it is out of range
   */
  public CheckboxGroupBuilder maxValues(int maxValues) {
    Check.range("max_values", maxValues, 1, ComponentChecks.GROUP_OPTIONS_MAX);
    this.maxValues = maxValues;
    return this;
  }

  /**
   * Builds the group.
   *
   * @return the group
   * @throws ValidationException ({@code options}) if it has fewer than {@value
   *     ComponentChecks#CHECKBOX_OPTIONS_MIN} options, or another rule of modals is broken
   */
  public CheckboxGroup build() {
    CheckboxGroup group =
        new CheckboxGroup(
            Optional.ofNullable(id),
            customId,
            List.copyOf(options),
            Optional.ofNullable(minValues),
            Optional.ofNullable(maxValues),
            Optional.ofNullable(required));
    InModal.check(group);
    return group;
  }
}
