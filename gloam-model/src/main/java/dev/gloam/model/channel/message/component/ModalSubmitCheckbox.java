package dev.gloam.model.channel.message.component;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a checkbox. Maps Discord's "Checkbox Interaction Response
 * Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param value whether the box was ticked
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitCheckbox(int id, String customId, boolean value)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.CHECKBOX;
  }
}
