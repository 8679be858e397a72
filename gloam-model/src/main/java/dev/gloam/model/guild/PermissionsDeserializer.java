package dev.gloam.model.guild;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads {@link Permissions} from a decimal string (Discord's usual form) or from a JSON number
 * (sent by some objects, such as guild templates).
 */
final class PermissionsDeserializer extends StdDeserializer<Permissions> {
  PermissionsDeserializer() {
    super(Permissions.class);
  }

  @Override
  public Permissions deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return Permissions.parse(parser.getString());
    }
    if (token == JsonToken.VALUE_NUMBER_INT) {
      // Numbers above Long.MAX_VALUE arrive as BigInteger; their decimal text is still the bit set.
      return Permissions.parse(parser.getNumberValue().toString());
    }
    return (Permissions) context.handleUnexpectedToken(Permissions.class, parser);
  }
}
