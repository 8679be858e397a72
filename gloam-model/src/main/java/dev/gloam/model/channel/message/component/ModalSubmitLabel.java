package dev.gloam.model.channel.message.component;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a label. Maps Discord's "Label Interaction Response Structure"
 * (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param component the submitted value of the component inside the label
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitLabel(int id, ModalSubmitComponent component)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.LABEL;
  }
}
