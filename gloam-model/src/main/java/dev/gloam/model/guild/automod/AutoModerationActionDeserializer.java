package dev.gloam.model.guild.automod;

import dev.gloam.model.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads an {@link AutoModerationAction} as the variant its {@code type} names. */
final class AutoModerationActionDeserializer extends UnionDeserializer<AutoModerationAction> {
  AutoModerationActionDeserializer() {
    super(AutoModerationAction.class, "type");
  }

  @Override
  protected Class<? extends AutoModerationAction> variant(JsonNode value) {
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      return null;
    }
    return switch (value.asInt()) {
      case 1 -> BlockMessageAction.class;
      case 2 -> SendAlertMessageAction.class;
      case 3 -> TimeoutAction.class;
      case 4 -> BlockMemberInteractionAction.class;
      default -> null;
    };
  }

  @Override
  protected AutoModerationAction unknown(JsonNode raw) {
    return new UnknownAutoModerationAction(raw);
  }
}
