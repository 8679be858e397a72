package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Acknowledges an interaction now and sends the message later, by editing the original response;
 * the user sees a loading state. The {@code DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE} variant of
 * Discord's "Interaction Response Object" (interactions/receiving-and-responding).
 *
 * @param data the message's settings; only the {@code EPHEMERAL} flag applies here (may be absent)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record DeferredChannelMessageWithSourceResponse(
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionCallbackMessageData> data)
    implements InteractionResponse {
  @Override
  public InteractionCallbackType type() {
    return InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE;
  }
}
