package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A response to an interaction, sent to the interaction's callback endpoint or as the reply to an
 * HTTP interaction. Maps Discord's "Interaction Response Object"
 * (interactions/receiving-and-responding), whose {@code data} depends on the callback {@code type};
 * each type is a variant, and a type gloam does not know is kept as an {@link
 * UnknownInteractionResponse}.
 *
 * <pre>{@code
 * InteractionResponse reply =
 *     new ChannelMessageWithSourceResponse(
 *         Optional.of(InteractionCallbackMessageData.ofContent("Pong!")));
 * }</pre>
 */
@JsonDeserialize(using = InteractionResponseDeserializer.class)
public sealed interface InteractionResponse
    permits PongResponse,
        ChannelMessageWithSourceResponse,
        DeferredChannelMessageWithSourceResponse,
        DeferredUpdateMessageResponse,
        UpdateMessageResponse,
        AutocompleteResultResponse,
        ModalResponse,
        PremiumRequiredResponse,
        LaunchActivityResponse,
        UnknownInteractionResponse {

  /**
   * Returns the callback type, which selects the variant.
   *
   * @return the type
   */
  @JsonProperty("type")
  InteractionCallbackType type();
}
