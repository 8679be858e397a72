package dev.gloam.model.channel.message.component;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;
import java.util.List;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a mentionable select. Maps Discord's "Mentionable Select
 * Interaction Response Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param values the ids of the chosen users and roles; the modal submit's resolved data holds the
 *     objects
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitMentionableSelect(int id, String customId, List<Id<GenericMarker>> values)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.MENTIONABLE_SELECT;
  }
}
