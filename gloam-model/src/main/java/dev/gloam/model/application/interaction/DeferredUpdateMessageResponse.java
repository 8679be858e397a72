package dev.gloam.model.application.interaction;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Acknowledges a component interaction now and edits its message later, without a loading state.
 * The {@code DEFERRED_UPDATE_MESSAGE} variant of Discord's "Interaction Response Object"
 * (interactions/receiving-and-responding).
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record DeferredUpdateMessageResponse() implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.DEFERRED_UPDATE_MESSAGE;
  }
}
