package dev.gloam.model.id;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads ids from JSON strings (Discord's form) or numbers (as some payloads and users write them),
 * keeping the full unsigned 64-bit range.
 */
final class IdDeserializer extends StdDeserializer<Id<?>> {
  IdDeserializer() {
    super(Id.class);
  }

  @Override
  public Id<?> deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    String text;
    if (token == JsonToken.VALUE_STRING) {
      Id<?> id =
          Id.fromDigits(
              parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
      if (id != null) {
        return id;
      }
      text = parser.getString();
    } else if (token == JsonToken.VALUE_NUMBER_INT) {
      // Numbers above Long.MAX_VALUE arrive as BigInteger; their text is still the snowflake.
      text = parser.getNumberValue().toString();
    } else {
      return (Id<?>) context.handleUnexpectedToken(Id.class, parser);
    }
    try {
      return Id.parse(text);
    } catch (IllegalArgumentException e) {
      return (Id<?>) context.handleWeirdStringValue(Id.class, text, e.getMessage());
    }
  }
}
