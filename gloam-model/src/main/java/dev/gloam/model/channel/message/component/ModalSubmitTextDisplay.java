package dev.gloam.model.channel.message.component;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a text display. Maps Discord's "Text Display Interaction Response
 * Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitTextDisplay(int id) implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.TEXT_DISPLAY;
  }
}
