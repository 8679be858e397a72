package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.TextInput;
import dev.gloam.model.channel.message.component.TextInputStyle;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.Optional;

/**
 * Builds a {@link TextInput} of a modal (components/reference, "Text Input"): a single line or a
 * paragraph of free text. Put it in a {@link LabelBuilder label}, which carries the question; the
 * input's own {@link #label(String) label} is deprecated.
 *
 * <pre>{@code
 * TextInput reason = TextInputBuilder.paragraph("reason")
 *     .placeholder("What happened?")
 *     .minLength(10)
 *     .maxLength(1000)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the input ({@code min_length}).
 */
public final class TextInputBuilder {
  private final String customId;
  private final TextInputStyle style;
  private Integer id;
  private String label;
  private Integer minLength;
  private Integer maxLength;
  private Boolean required;
  private String value;
  private String placeholder;

  /**
   * Starts a text input.
   *
   * @param customId the id sent back with the text, 1 to 100 characters
   * @param style {@link TextInputStyle#SHORT} or {@link TextInputStyle#PARAGRAPH}
   * @throws ValidationException ({@code custom_id}, {@code style}) if one is missing or the id has
   *     a wrong length
   */
  public TextInputBuilder(String customId, TextInputStyle style) {
    ComponentChecks.customId("custom_id", customId);
    Check.required("style", style, "a text input needs a style");
    this.customId = customId;
    this.style = style;
  }

  /**
   * Starts a single-line text input.
   *
   * @param customId the id sent back with the text, 1 to 100 characters
   * @return the builder
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public static TextInputBuilder singleLine(String customId) {
    return new TextInputBuilder(customId, TextInputStyle.SHORT);
  }

  /**
   * Starts a multi-line text input.
   *
   * @param customId the id sent back with the text, 1 to 100 characters
   * @return the builder
   * @throws ValidationException ({@code custom_id}) if the id is missing or has a wrong length
   */
  public static TextInputBuilder paragraph(String customId) {
    return new TextInputBuilder(customId, TextInputStyle.PARAGRAPH);
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public TextInputBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the input's own label, for the deprecated form of a text input in an action row. In a
   * {@link LabelBuilder label}, leave it out.
   *
   * @param label at most {@value ComponentChecks#LABEL_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code label}) if it is missing or too long
   */
  public TextInputBuilder label(String label) {
    Check.required("label", label, "a label");
    Check.maxLength("label", label, ComponentChecks.LABEL_MAX);
    this.label = label;
    return this;
  }

  /**
   * Sets the fewest characters a user must enter.
   *
   * @param minLength 0 to {@value ComponentChecks#TEXT_INPUT_LENGTH_MAX}
   * @return this builder
   * @throws ValidationException ({@code min_length}) if it is out of range
   */
  public TextInputBuilder minLength(int minLength) {
    Check.range("min_length", minLength, 0, ComponentChecks.TEXT_INPUT_LENGTH_MAX);
    this.minLength = minLength;
    return this;
  }

  /**
   * Sets the most characters a user may enter.
   *
   * @param maxLength 1 to {@value ComponentChecks#TEXT_INPUT_LENGTH_MAX}
   * @return this builder
   * @throws ValidationException ({@code max_length}) if it is out of range
   */
  public TextInputBuilder maxLength(int maxLength) {
    Check.range("max_length", maxLength, 1, ComponentChecks.TEXT_INPUT_LENGTH_MAX);
    this.maxLength = maxLength;
    return this;
  }

  /**
   * Sets whether the modal can be submitted only with text entered (Discord's default is true).
   *
   * @param required false to make the input optional
   * @return this builder
   */
  public TextInputBuilder required(boolean required) {
    this.required = required;
    return this;
  }

  /**
   * Sets the text the input starts with.
   *
   * @param value at most {@value ComponentChecks#TEXT_INPUT_LENGTH_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code value}) if it is missing or too long
   */
  public TextInputBuilder value(String value) {
    Check.required("value", value, "a value");
    Check.maxLength("value", value, ComponentChecks.TEXT_INPUT_LENGTH_MAX);
    this.value = value;
    return this;
  }

  /**
   * Sets the text shown while the input is empty.
   *
   * @param placeholder at most {@value ComponentChecks#TEXT_INPUT_PLACEHOLDER_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code placeholder}) if it is missing or too long
   */
  public TextInputBuilder placeholder(String placeholder) {
    Check.required("placeholder", placeholder, "a placeholder");
    Check.maxLength("placeholder", placeholder, ComponentChecks.TEXT_INPUT_PLACEHOLDER_MAX);
    this.placeholder = placeholder;
    return this;
  }

  /**
   * Builds the text input.
   *
   * @return the text input
   * @throws ValidationException ({@code min_length}) if the minimum exceeds the maximum
   */
  public TextInput build() {
    TextInput input =
        new TextInput(
            Optional.ofNullable(id),
            customId,
            style,
            Optional.ofNullable(label),
            Optional.ofNullable(minLength),
            Optional.ofNullable(maxLength),
            Optional.ofNullable(required),
            Optional.ofNullable(value),
            Optional.ofNullable(placeholder));
    Relative.check(() -> ComponentChecks.textInput("", input));
    return input;
  }
}
