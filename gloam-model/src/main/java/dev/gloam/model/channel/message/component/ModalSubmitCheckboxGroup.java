package dev.gloam.model.channel.message.component;

import java.util.List;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a checkbox group. Maps Discord's "Checkbox Group Interaction
 * Response Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param values the values of the ticked options; empty when none is ticked
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitCheckboxGroup(int id, String customId, List<String> values)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.CHECKBOX_GROUP;
  }
}
