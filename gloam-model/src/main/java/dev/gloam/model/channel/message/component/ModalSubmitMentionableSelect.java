package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.interaction.ResolvedData;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;
import java.util.List;
import java.util.Optional;
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
 * @param resolved the chosen users and roles themselves, when Discord sends them with the component
 *     (its examples send them in the modal submit data's {@code resolved} instead)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitMentionableSelect(
    int id,
    String customId,
    List<Id<GenericMarker>> values,
    @JsonInclude(Include.NON_ABSENT) Optional<ResolvedData> resolved)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.MENTIONABLE_SELECT;
  }
}
