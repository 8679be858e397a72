package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link Label} of a modal (components/reference, "Label"): a question with an optional
 * description around one input: a text input, a select menu of any kind, a file upload, a radio
 * group, a checkbox group or a checkbox. {@link #build()} checks the input with the rules of
 * modals: no {@code disabled}, and {@code min_values} of 0 only with {@code required} false.
 *
 * <pre>{@code
 * Label name = new LabelBuilder("Your name", TextInputBuilder.singleLine("name").build())
 *     .description("As it should appear on the badge")
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field relative to the label ({@code label}, {@code
 * component.min_values}).
 */
public final class LabelBuilder {
  private final String label;
  private final Component component;
  private Integer id;
  private String description;

  /**
   * Starts a label.
   *
   * @param label the question, 1 to {@value ComponentChecks#LABEL_MAX} characters
   * @param component the input
   * @throws ValidationException ({@code label}, {@code component}) if one is missing or the text
   *     has a wrong length
   */
  public LabelBuilder(String label, Component component) {
    Check.required("label", label, "a label needs its text");
    Check.length("label", label, 1, ComponentChecks.LABEL_MAX);
    Check.required("component", component, "a label needs a component");
    this.label = label;
    this.component = component;
  }

  /**
   * Sets the optional numeric identifier of the component, unique in the modal.
   *
   * @param id the identifier; 0 lets Discord choose
   * @return this builder
   */
  public LabelBuilder id(int id) {
    this.id = id;
    return this;
  }

  /**
   * Sets the smaller text with the label, shown above or below the input depending on the client.
   *
   * @param description at most {@value ComponentChecks#LABEL_DESCRIPTION_MAX} characters
   * @return this builder
   * @throws ValidationException ({@code description}) if it is missing or too long
   */
  public LabelBuilder description(String description) {
    Check.required("description", description, "a description");
    Check.maxLength("description", description, ComponentChecks.LABEL_DESCRIPTION_MAX);
    this.description = description;
    return this;
  }

  /**
   * Builds the label.
   *
   * @return the label
   * @throws ValidationException ({@code component}, {@code component.disabled}, ...) if the input
   *     is not allowed in a label or breaks a rule of modals
   */
  public Label build() {
    Label built =
        new Label(Optional.ofNullable(id), label, Optional.ofNullable(description), component);
    Relative.checkAlone(() -> ComponentChecks.modalComponents("", List.of(built)));
    return built;
  }
}
