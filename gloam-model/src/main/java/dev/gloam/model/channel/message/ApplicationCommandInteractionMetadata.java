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
 * The metadata of a message that answers an application command (interaction type 2). Maps
 * Discord's "Application Command Interaction Metadata Structure" (resources/message).
 *
 * @param id the interaction's id
 * @param user the user who ran the command
 * @param authorizingIntegrationOwners for each installation context that authorized the
 *     interaction, the owner's id as a decimal string: the guild (or {@code "0"} in the DM with the
 *     bot) for {@code GUILD_INSTALL}, the user for {@code USER_INSTALL}
 * @param originalResponseMessageId the first response to the interaction, on follow-up messages
 * @param targetUser the user the command was run on, for user commands
 * @param targetMessageId the message the command was run on, for message commands
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ApplicationCommandInteractionMetadata(
    Id<InteractionMarker> id,
    User user,
    Map<ApplicationIntegrationType, String> authorizingIntegrationOwners,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> originalResponseMessageId,
    @JsonInclude(Include.NON_ABSENT) Optional<User> targetUser,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<MessageMarker>> targetMessageId)
    implements MessageInteractionMetadata {

  /** The interaction type of this shape, {@code APPLICATION_COMMAND}. */
  public static final int TYPE = 2;

  /**
   * Replaces a missing owner map by an empty one.
   *
   * @param id the id
   * @param user the user
   * @param authorizingIntegrationOwners the authorizing integration owners
   * @param originalResponseMessageId the original response message id
   * @param targetUser the target user
   * @param targetMessageId the target message id
   */
  public ApplicationCommandInteractionMetadata {
    authorizingIntegrationOwners =
        authorizingIntegrationOwners == null ? Map.of() : authorizingIntegrationOwners;
  }

  @Override
  public InteractionType type() {
    return InteractionType.APPLICATION_COMMAND;
  }
}
