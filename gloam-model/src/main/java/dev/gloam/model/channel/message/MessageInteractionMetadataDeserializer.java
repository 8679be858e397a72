package dev.gloam.model.channel.message;

import dev.gloam.model.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads {@link MessageInteractionMetadata} by its interaction {@code type}. */
final class MessageInteractionMetadataDeserializer
    extends UnionDeserializer<MessageInteractionMetadata> {
  MessageInteractionMetadataDeserializer() {
    super(MessageInteractionMetadata.class, "type");
  }

  @Override
  protected Class<? extends MessageInteractionMetadata> variant(JsonNode value) {
    if (!value.isInt()) {
      return null;
    }
    return switch (value.asInt()) {
      case ApplicationCommandInteractionMetadata.TYPE ->
          ApplicationCommandInteractionMetadata.class;
      case MessageComponentInteractionMetadata.TYPE -> MessageComponentInteractionMetadata.class;
      case ModalSubmitInteractionMetadata.TYPE -> ModalSubmitInteractionMetadata.class;
      default -> null;
    };
  }

  @Override
  protected MessageInteractionMetadata unknown(JsonNode raw) {
    return new UnknownInteractionMetadata(raw);
  }
}
