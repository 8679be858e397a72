package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gloam.model.application.interaction.InteractionType;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What interaction a message answers, and who triggered it. Maps Discord's "Message Interaction
 * Metadata Object" (resources/message), whose shape depends on the interaction's type: {@link
 * ApplicationCommandInteractionMetadata} (2), {@link MessageComponentInteractionMetadata} (3) or
 * {@link ModalSubmitInteractionMetadata} (5). Other types become {@link
 * UnknownInteractionMetadata}, which keeps the JSON as it came.
 */
@JsonDeserialize(using = MessageInteractionMetadataDeserializer.class)
public sealed interface MessageInteractionMetadata
    permits ApplicationCommandInteractionMetadata,
        MessageComponentInteractionMetadata,
        ModalSubmitInteractionMetadata,
        UnknownInteractionMetadata {

  /**
   * Returns the interaction type (Discord's "Interaction Type" table,
   * interactions/receiving-and-responding), which selects the shape.
   *
   * @return the interaction type
   */
  @JsonProperty("type")
  InteractionType type();
}
