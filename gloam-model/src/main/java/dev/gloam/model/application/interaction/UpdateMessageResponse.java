package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Answers a component interaction by editing the message the component is on. The {@code
 * UPDATE_MESSAGE} variant of Discord's "Interaction Response Object"
 * (interactions/receiving-and-responding).
 *
 * @param data the fields of the message to change (may be absent)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record UpdateMessageResponse(
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionCallbackMessageData> data)
    implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.UPDATE_MESSAGE;
  }
}
