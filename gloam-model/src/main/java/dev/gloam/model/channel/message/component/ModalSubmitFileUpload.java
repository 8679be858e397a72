package dev.gloam.model.channel.message.component;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AttachmentMarker;
import java.util.List;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a modal submit reports for a file upload. Maps Discord's "File Upload Interaction Response
 * Structure" (components/reference).
 *
 * @param id the component's identifier within the modal
 * @param customId the app's identifier for the component, as sent in the modal
 * @param values the ids of the uploaded files; the modal submit's resolved data holds the
 *     attachments
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitFileUpload(int id, String customId, List<Id<AttachmentMarker>> values)
    implements ModalSubmitComponent {
  @Override
  public ComponentType type() {
    return ComponentType.FILE_UPLOAD;
  }
}
