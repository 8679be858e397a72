package dev.gloam.model.application.interaction;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Launches the app's Activity, for apps with Activities. The {@code LAUNCH_ACTIVITY} variant of
 * Discord's "Interaction Response Object" (interactions/receiving-and-responding).
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record LaunchActivityResponse() implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.LAUNCH_ACTIVITY;
  }
}
