package dev.gloam.util.builder.interaction;

import dev.gloam.model.application.interaction.InteractionCallbackModalData;
import dev.gloam.model.application.interaction.ModalResponse;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.validate.component.ComponentChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a response that opens a modal (interactions/receiving-and-responding, "Modal"): a {@code
 * custom_id}, a title and 1 to 5 top-level components (labels, text displays, or legacy action rows
 * with one text input). Not for pings or modal submits.
 *
 * <pre>{@code
 * ModalResponse feedback = new ModalResponseBuilder("feedback", "Tell us more")
 *     .component(label)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class ModalResponseBuilder {
  private final String customId;
  private final String title;
  private final List<Component> components = new ArrayList<>();

  /**
   * Starts a modal.
   *
   * @param customId the id sent back with the submit, 1 to 100 characters
   * @param title the title, 1 to 45 characters
   */
  public ModalResponseBuilder(String customId, String title) {
    this.customId = Objects.requireNonNull(customId, "customId");
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * Adds a top-level component.
   *
   * @param component a label, a text display or an action row with a text input
   * @return this builder
   */
  public ModalResponseBuilder component(Component component) {
    components.add(Objects.requireNonNull(component, "component"));
    return this;
  }

  /**
   * Replaces the top-level components.
   *
   * @param components the components
   * @return this builder
   */
  public ModalResponseBuilder components(List<Component> components) {
    this.components.clear();
    this.components.addAll(components);
    return this;
  }

  /**
   * Builds the response and checks the modal with gloam-validate's {@link ComponentChecks#modal}.
   *
   * @return the response
   * @throws dev.gloam.validate.ValidationException if a field breaks a limit, with a path such as
   *     {@code data.components[0]}
   */
  public ModalResponse build() {
    List<Component> list = List.copyOf(components);
    ComponentChecks.modal(customId, title, list);
    return new ModalResponse(new InteractionCallbackModalData(customId, title, list));
  }
}
