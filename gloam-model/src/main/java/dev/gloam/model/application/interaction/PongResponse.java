package dev.gloam.model.application.interaction;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Acknowledges a {@code PING} interaction. The {@code PONG} variant of Discord's "Interaction
 * Response Object" (interactions/receiving-and-responding).
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record PongResponse() implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.PONG;
  }
}
