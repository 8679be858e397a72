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
 * The metadata of a message that answers a click on a message component (interaction type 3). Maps
 * Discord's "Message Component Interaction Metadata Structure" (resources/message).
 *
 * @param id the interaction's id
 * @param user the user who used the component
 * @param originalResponseMessageId the first response to the interaction, on follow-up messages
 * @param interactedMessageId the message that holds the component
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record MessageComponentInteractionMetadata(
    Id<InteractionMarker> id,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> originalResponseMessageId,
    Id<MessageMarker> interactedMessageId)
    implements MessageInteractionMetadata {

  /** The interaction type of this shape, {@code MESSAGE_COMPONENT}. */
  public static final int TYPE = 3;

  @Override
  public int type() {
    return TYPE;
  }
}
