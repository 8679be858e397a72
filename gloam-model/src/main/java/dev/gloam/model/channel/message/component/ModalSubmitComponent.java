package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit interaction reports for one component of the modal, told apart by its {@code
 * type}. Maps each component's "Interaction Response Structure" (components/reference), in the form
 * modal submits use; Discord lists them as "Component Interaction Response Structures"
 * (interactions/receiving-and-responding).
 *
 * <p>These are the values the user entered, not the components as the app sent them: a {@link
 * ModalSubmitLabel} wraps the submitted value of its component, a {@link ModalSubmitTextInput}
 * carries the typed text, and so on. A type gloam does not know yet becomes an {@link
 * UnknownModalSubmitComponent}, which keeps the raw JSON.
 */
@JsonDeserialize(using = ModalSubmitComponentDeserializer.class)
public sealed interface ModalSubmitComponent
    permits ModalSubmitActionRow,
        ModalSubmitLabel,
        ModalSubmitTextDisplay,
        ModalSubmitTextInput,
        ModalSubmitStringSelect,
        ModalSubmitUserSelect,
        ModalSubmitRoleSelect,
        ModalSubmitMentionableSelect,
        ModalSubmitChannelSelect,
        ModalSubmitFileUpload,
        ModalSubmitRadioGroup,
        ModalSubmitCheckboxGroup,
        ModalSubmitCheckbox,
        UnknownModalSubmitComponent {
  /**
   * Returns the type of the submitted component, written as the {@code type} field.
   *
   * @return the type
   */
  @JsonProperty("type")
  ComponentType type();
}
