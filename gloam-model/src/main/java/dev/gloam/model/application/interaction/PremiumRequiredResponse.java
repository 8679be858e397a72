package dev.gloam.model.application.interaction;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Deprecated: answers with a button to upgrade, for monetized apps. The {@code PREMIUM_REQUIRED}
 * variant of Discord's "Interaction Response Object" (interactions/receiving-and-responding).
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record PremiumRequiredResponse() implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.PREMIUM_REQUIRED;
  }
}
