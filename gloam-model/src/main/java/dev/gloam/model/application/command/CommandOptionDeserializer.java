package dev.gloam.model.application.command;

import dev.gloam.model.json.UnionDeserializer;
import tools.jackson.databind.JsonNode;

/** Reads a {@link CommandOption}, picking the variant from its {@code type}. */
final class CommandOptionDeserializer extends UnionDeserializer<CommandOption> {
  CommandOptionDeserializer() {
    super(CommandOption.class, "type");
  }

  @Override
  protected Class<? extends CommandOption> variant(JsonNode value) {
    if (!value.isIntegralNumber()) {
      return null;
    }
    return switch (value.asInt()) {
      case 1 -> SubCommandOption.class;
      case 2 -> SubCommandGroupOption.class;
      case 3 -> StringOption.class;
      case 4 -> IntegerOption.class;
      case 5 -> BooleanOption.class;
      case 6 -> UserOption.class;
      case 7 -> ChannelOption.class;
      case 8 -> RoleOption.class;
      case 9 -> MentionableOption.class;
      case 10 -> NumberOption.class;
      case 11 -> AttachmentOption.class;
      default -> null;
    };
  }

  @Override
  protected CommandOption unknown(JsonNode raw) {
    return new UnknownCommandOption(raw);
  }
}
