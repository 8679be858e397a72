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
 * The metadata of a message that answers an application command (interaction type 2). Maps
 * Discord's "Application Command Interaction Metadata Structure" (resources/message).
 *
 * @param id the interaction's id
 * @param user the user who ran the command
 * @param originalResponseMessageId the first response to the interaction, on follow-up messages
 * @param targetUser the user the command was run on, for user commands
 * @param targetMessageId the message the command was run on, for message commands
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ApplicationCommandInteractionMetadata(
    Id<InteractionMarker> id,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> originalResponseMessageId,
    @JsonInclude(Include.NON_ABSENT) Optional<User> targetUser,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> targetMessageId)
    implements MessageInteractionMetadata {

  /** The interaction type of this shape, {@code APPLICATION_COMMAND}. */
  public static final int TYPE = 2;

  @Override
  public int type() {
    return TYPE;
  }
}
