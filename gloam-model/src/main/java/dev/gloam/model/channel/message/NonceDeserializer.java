package dev.gloam.model.channel.message;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/** Reads a {@link Nonce} from a JSON integer or string, keeping which of the two it was. */
final class NonceDeserializer extends StdDeserializer<Nonce> {
  NonceDeserializer() {
    super(Nonce.class);
  }

  @Override
  public Nonce deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      return new Nonce.Number(parser.getLongValue());
    }
    if (token == JsonToken.VALUE_STRING) {
      return new Nonce.Text(parser.getString());
    }
    return (Nonce) context.handleUnexpectedToken(Nonce.class, parser);
  }
}
