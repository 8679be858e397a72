package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.application.interaction.InteractionType;
import tools.jackson.databind.JsonNode;

/**
 * Interaction metadata of a type gloam does not know yet, kept as the JSON Discord sent and written
 * back unchanged.
 *
 * @param raw the whole JSON object
 */
public record UnknownInteractionMetadata(@JsonValue JsonNode raw)
    implements MessageInteractionMetadata {

  @Override
  public InteractionType type() {
    return InteractionType.of(raw.path("type").asInt(0));
  }
}
