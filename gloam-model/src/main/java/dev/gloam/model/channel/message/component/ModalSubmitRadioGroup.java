package dev.gloam.model.channel.message.component;

import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a radio group. Maps Discord's "Radio Group Interaction Response
 * Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param value the value of the chosen option; sent as null when none was chosen
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitRadioGroup(int id, String customId, Optional<String> value)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.RADIO_GROUP;
  }
}
