package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.user.User;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The metadata of a message that answers a submitted modal (interaction type 5). Maps Discord's
 * "Modal Submit Interaction Metadata Structure" (resources/message).
 *
 * @param id the interaction's id
 * @param user the user who submitted the modal
 * @param originalResponseMessageId the first response to the interaction, on follow-up messages
 * @param triggeringInteractionMetadata the interaction that opened the modal: an {@link
 *     ApplicationCommandInteractionMetadata} or a {@link MessageComponentInteractionMetadata}
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalSubmitInteractionMetadata(
    Id<InteractionMarker> id,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> originalResponseMessageId,
    MessageInteractionMetadata triggeringInteractionMetadata)
    implements MessageInteractionMetadata {

  /** The interaction type of this shape, {@code MODAL_SUBMIT}. */
  public static final int TYPE = 5;

  @Override
  public int type() {
    return TYPE;
  }
}
