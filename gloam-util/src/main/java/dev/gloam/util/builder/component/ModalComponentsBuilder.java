package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the {@code components} list of a modal (interactions/receiving-and-responding, "Modal";
 * components/using-modal-components): one to {@value ComponentChecks#MODAL_COMPONENTS_MAX} labels
 * around inputs and text displays, with no {@code custom_id} used twice. The modal response itself
 * (its {@code custom_id} and title) is built elsewhere and takes this list.
 *
 * <pre>{@code
 * List<Component> components = new ModalComponentsBuilder()
 *     .text("Tell us about the bug.")
 *     .label("Summary", TextInputBuilder.singleLine("summary").maxLength(100).build())
 *     .label("Screenshots", "Optional", new FileUploadBuilder("shots").minValues(0).required(false).build())
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe. Errors name the field from the list's root ({@code
 * components[1].component.max_length}).
 */
public final class ModalComponentsBuilder {
  private final List<Component> components = new ArrayList<>();

  /** Creates a builder of an empty list. */
  public ModalComponentsBuilder() {}

  /**
   * Adds a label around an input.
   *
   * @param label the question, 1 to {@value ComponentChecks#LABEL_MAX} characters
   * @param input the input: a text input, a select menu, a file upload, a radio group, a checkbox
   *     group or a checkbox
   * @return this builder
   * @throws ValidationException ({@code components[i].label}, ...) if the label or input breaks a
   *     rule, or the modal is full
   */
  public ModalComponentsBuilder label(String label, Component input) {
    return addBuilt(() -> new LabelBuilder(label, input).build());
  }

  /**
   * Adds a label with a description around an input.
   *
   * @param label the question, 1 to {@value ComponentChecks#LABEL_MAX} characters
   * @param description the smaller text, at most {@value ComponentChecks#LABEL_DESCRIPTION_MAX}
   *     characters
   * @param input the input
   * @return this builder
   * @throws ValidationException as {@link #label(String, Component)}
   */
  public ModalComponentsBuilder label(String label, String description, Component input) {
    return addBuilt(() -> new LabelBuilder(label, input).description(description).build());
  }

  /**
   * Adds a text display of this markdown text.
   *
   * @param content the text
   * @return this builder
   * @throws ValidationException ({@code components[i].content}, {@code components}) if it is
   *     missing or too long, or the modal is full
   */
  public ModalComponentsBuilder text(String content) {
    return addBuilt(() -> TextDisplayBuilder.of(content));
  }

  /**
   * Adds a top-level component: a label, a text display, or (deprecated) an action row with one
   * text input.
   *
   * @param component the component
   * @return this builder
   * @throws ValidationException ({@code components[i]}, {@code components}) if it is missing or the
   *     modal is full
   */
  public ModalComponentsBuilder add(Component component) {
    Check.required("components[" + components.size() + "]", component, "a component");
    if (components.size() >= ComponentChecks.MODAL_COMPONENTS_MAX) {
      throw new ValidationException(
          "components",
          ValidationException.Rule.TOO_MANY,
          Integer.toString(ComponentChecks.MODAL_COMPONENTS_MAX),
          Integer.toString(components.size() + 1));
    }
    components.add(component);
    return this;
  }

  private ModalComponentsBuilder addBuilt(Supplier<Component> build) {
    Component component;
    try {
      component = build.get();
    } catch (ValidationException e) {
      throw e.under("components[" + components.size() + "]");
    }
    return add(component);
  }

  /**
   * Builds the list after checking it as a whole.
   *
   * @return an immutable list of the components
   * @throws ValidationException if the list is empty, a component breaks a rule of modals, or a
   *     {@code custom_id} or {@code id} repeats
   */
  public List<Component> build() {
    List<Component> list = List.copyOf(components);
    ComponentChecks.modalComponents("components", list);
    return list;
  }
}
