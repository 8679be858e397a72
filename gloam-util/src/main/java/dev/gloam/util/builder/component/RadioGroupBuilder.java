package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.RadioGroup;
import dev.gloam.model.channel.message.component.RadioGroupOption;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link RadioGroup} of a modal (components/reference, "Radio Group"): users pick exactly
 * one of 2 to 10 options. Put it in a {@link LabelBuilder label}.
 *
 * <pre>{@code
 * RadioGroup size = new RadioGroupBuilder("size")
 *     .option("s", "Small")
 *     .option(new RadioGroupOption("m", "Medium", Optional.empty(), Optional.of(true)))
 *     .option("l", "Large")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the group ({@code options[2].label}).
 */
public final class RadioGroupBuilder {
  private final String customId;
  private final List<RadioGroupOption> options = new ArrayList<>();
  private Integer id;
  private Boolean required;

  /**
   * Starts a group.
   *
   * @param customId the id sent back with the answer, 1 to 100 characters
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public RadioGroupBuilder(String customId) {
    ComponentChecks.customId("custom_id", customId);
    this.customId = customId;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public RadioGroupBuilder id(int id) {
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
  public RadioGroupBuilder option(String value, String label) {
    return option(new RadioGroupOption(value, label, Optional.empty(), Optional.empty()));
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
  public RadioGroupBuilder option(String value, String label, String description) {
    Check.required("options[" + options.size() + "].description", description, "a description");
    return option(new RadioGroupOption(value, label, Optional.of(description), Optional.empty()));
  }

  /**
   * Adds an option, for instance one chosen by default.
   *
   * @param option the option
   * @return this builder
   * @throws ValidationException as {@link #option(String, String, String)}
   */
  public RadioGroupBuilder option(RadioGroupOption option) {
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
  public RadioGroupBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Builds the group.
   *
   * @return the group
   * @throws ValidationException ({@code options}) if it has fewer than {@value
   *     ComponentChecks#RADIO_OPTIONS_MIN} options, or another rule of modals is broken
   */
  public RadioGroup build() {
    RadioGroup group =
        new RadioGroup(
            Optional.ofNullable(id), customId, List.copyOf(options), Optional.ofNullable(required));
    InModal.check(group);
    return group;
  }
}
