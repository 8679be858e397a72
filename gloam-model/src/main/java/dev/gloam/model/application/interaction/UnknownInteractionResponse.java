package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * An interaction response of a callback type gloam does not know yet, kept as is and written back
 * unchanged.
 *
 * @param raw the response's JSON object
 */
public record UnknownInteractionResponse(@JsonValue JsonNode raw) implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.of(raw.path("type").asInt());
  }
}
