package dev.gloam.model.channel.message.component;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import java.util.List;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a role select. Maps Discord's "Role Select Interaction Response
 * Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param values the ids of the chosen roles; the modal submit's resolved data holds the objects
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitRoleSelect(int id, String customId, List<Id<RoleMarker>> values)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.ROLE_SELECT;
  }
}
