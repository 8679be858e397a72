package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Answers an interaction with a message. The {@code CHANNEL_MESSAGE_WITH_SOURCE} variant of
 * Discord's "Interaction Response Object" (interactions/receiving-and-responding).
 *
 * @param data the message to send (may be absent)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record ChannelMessageWithSourceResponse(
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionCallbackMessageData> data)
    implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE;
  }
}
