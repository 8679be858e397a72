package dev.gloam.model.application.interaction;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Answers an interaction by opening a modal; not available for pings and modal submits. The {@code
 * MODAL} variant of Discord's "Interaction Response Object"
 * (interactions/receiving-and-responding).
 *
 * @param data the modal
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ModalResponse(InteractionCallbackModalData data) implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.MODAL;
  }
}
