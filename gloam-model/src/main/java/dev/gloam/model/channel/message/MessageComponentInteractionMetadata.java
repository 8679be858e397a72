package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.interaction.InteractionType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.user.User;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The metadata of a message that answers a click on a message component (interaction type 3). Maps
 * Discord's "Message Component Interaction Metadata Structure" (resources/message).
 *
 * @param id the interaction's id
 * @param user the user who used the component
 * @param authorizingIntegrationOwners for each installation context that authorized the
 *     interaction, the owner's id as a decimal string: the guild (or {@code "0"} in the DM with the
 *     bot) for {@code GUILD_INSTALL}, the user for {@code USER_INSTALL}
 * @param originalResponseMessageId the first response to the interaction, on follow-up messages
 * @param interactedMessageId the message that holds the component
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record MessageComponentInteractionMetadata(
    Id<InteractionMarker> id,
    User user,
    Map<ApplicationIntegrationType, String> authorizingIntegrationOwners,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> originalResponseMessageId,
    Id<MessageMarker> interactedMessageId)
    implements MessageInteractionMetadata {

  /** The interaction type of this shape, {@code MESSAGE_COMPONENT}. */
  public static final int TYPE = 3;

  /**
   * Replaces a missing owner map by an empty one.
   *
   * @param id the id
   * @param user the user
   * @param authorizingIntegrationOwners the authorizing integration owners
   * @param originalResponseMessageId the original response message id
   * @param interactedMessageId the interacted message id
   */
  public MessageComponentInteractionMetadata {
    authorizingIntegrationOwners =
        authorizingIntegrationOwners == null ? Map.of() : authorizingIntegrationOwners;
  }

  @Override
  public InteractionType type() {
    return InteractionType.MESSAGE_COMPONENT;
  }
}
