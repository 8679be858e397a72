package dev.gloam.model.application.interaction;

import dev.gloam.model.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads an {@link InteractionResponse}, picking the variant from its callback {@code type}. */
final class InteractionResponseDeserializer extends UnionDeserializer<InteractionResponse> {
  InteractionResponseDeserializer() {
    super(InteractionResponse.class, "type");
  }

  @Override
  protected Class<? extends InteractionResponse> variant(JsonNode value) {
    if (!value.isIntegralNumber()) {
      return null;
    }
    return switch (value.asInt()) {
      case 1 -> PongResponse.class;
      case 4 -> ChannelMessageWithSourceResponse.class;
      case 5 -> DeferredChannelMessageWithSourceResponse.class;
      case 6 -> DeferredUpdateMessageResponse.class;
      case 7 -> UpdateMessageResponse.class;
      case 8 -> AutocompleteResultResponse.class;
      case 9 -> ModalResponse.class;
      case 10 -> PremiumRequiredResponse.class;
      case 12 -> LaunchActivityResponse.class;
      default -> null;
    };
  }

  @Override
  protected InteractionResponse unknown(JsonNode raw) {
    return new UnknownInteractionResponse(raw);
  }
}
