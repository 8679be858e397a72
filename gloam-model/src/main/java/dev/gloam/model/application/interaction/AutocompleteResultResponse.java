package dev.gloam.model.application.interaction;

import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Answers an autocomplete interaction with suggested choices. The {@code
 * APPLICATION_COMMAND_AUTOCOMPLETE_RESULT} variant of Discord's "Interaction Response Object"
 * (interactions/receiving-and-responding).
 *
 * @param data the suggestions
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record AutocompleteResultResponse(InteractionCallbackAutocompleteData data)
    implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT;
  }
}
