package dev.gloam.model.channel.message.component;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a text input. Maps Discord's "Text Input Interaction Response
 * Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param value the text the user entered
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitTextInput(int id, String customId, String value)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.TEXT_INPUT;
  }
}
