package dev.gloam.model.application.command;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link CommandOptionValue}, picking the variant from the JSON token. */
final class CommandOptionValueDeserializer extends StdDeserializer<CommandOptionValue> {
  CommandOptionValueDeserializer() {
    super(CommandOptionValue.class);
  }

  @Override
  public CommandOptionValue deserialize(JsonParser parser, DeserializationContext context) {
    return switch (parser.currentToken()) {
      case VALUE_STRING -> new StringValue(parser.getString());
      case VALUE_NUMBER_INT -> new IntegerValue(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> new NumberValue(parser.getDoubleValue());
      case VALUE_TRUE -> new BooleanValue(true);
      case VALUE_FALSE -> new BooleanValue(false);
      default ->
          (CommandOptionValue) context.handleUnexpectedToken(CommandOptionValue.class, parser);
    };
  }
}
