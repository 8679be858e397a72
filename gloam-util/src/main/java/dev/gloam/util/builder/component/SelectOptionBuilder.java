package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * Builds a {@link SelectOption} of a string select (components/reference, "Select Option
 * Structure").
 *
 * <pre>{@code
 * SelectOption ant = new SelectOptionBuilder("Ant", "ant")
 *     .description("the best option")
 *     .emoji(PartialEmoji.unicode("🐜"))
 *     .defaultSelected(true)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class SelectOptionBuilder {
  private final String label;
  private final String value;
  private String description;
  private Emoji emoji;
  private Boolean defaultSelected;

  /**
   * Starts an option.
   *
   * @param label the text users see, 1 to {@value ComponentChecks#SELECT_OPTION_TEXT_MAX}
   *     characters
   * @param value the value sent back when chosen, 1 to {@value
   *     ComponentChecks#SELECT_OPTION_TEXT_MAX} characters
   * @throws ValidationException ({@code label}, {@code value}) if one is missing or has a wrong
   *     length
   */
  public SelectOptionBuilder(String label, String value) {
    Check.required("label", label, "an option needs a label");
    Check.length("label", label, 1, ComponentChecks.SELECT_OPTION_TEXT_MAX);
    Check.required("value", value, "an option needs a value");
    Check.length("value", value, 1, ComponentChecks.SELECT_OPTION_TEXT_MAX);
    this.label = label;
    this.value = value;
  }

  /**
   * Sets the smaller text under the label.
   *
   * @param description at most {@value ComponentChecks#SELECT_OPTION_TEXT_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code description}) if it is missing or too long
   */
  public SelectOptionBuilder description(String description) {
    Check.required("description", description, "a description");
    Check.maxLength("description", description, ComponentChecks.SELECT_OPTION_TEXT_MAX);
    this.description = description;
    return this;
  }

  /**
   * Sets the emoji before the label.
   *
   * @param emoji the emoji, see {@link PartialEmoji}
   * @return this builder
   * @throws ValidationException ({@code emoji}) if it is missing
   */
  public SelectOptionBuilder emoji(Emoji emoji) {
    Check.required("emoji", emoji, "an emoji");
    this.emoji = emoji;
    return this;
  }

  /**
   * Sets whether the option is chosen when the menu appears ({@code default} on the wire).
   *
   * @param defaultSelected true to preselect it
   * @return this builder
   */
  public SelectOptionBuilder defaultSelected(boolean defaultSelected) {
    this.defaultSelected = defaultSelected;
    return this;
  }

  /**
   * Builds the option.
   *
   * @return the option
   */
  public SelectOption build() {
    return new SelectOption(
        label,
        value,
        Optional.ofNullable(description),
        Optional.ofNullable(emoji),
        Optional.ofNullable(defaultSelected));
  }
}
