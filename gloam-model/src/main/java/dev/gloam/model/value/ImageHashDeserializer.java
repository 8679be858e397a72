package dev.gloam.model.value;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link ImageHash} from a JSON string: the usual 32 hex digits straight from the parser's
 * buffer, anything else through {@link ImageHash#parse}, which keeps it verbatim.
 */
final class ImageHashDeserializer extends StdDeserializer<ImageHash> {
  ImageHashDeserializer() {
    super(ImageHash.class);
  }

  @Override
  public ImageHash deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (ImageHash) context.handleUnexpectedToken(ImageHash.class, parser);
    }
    ImageHash hash =
        ImageHash.fromChars(
            parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    return hash != null ? hash : ImageHash.parse(parser.getString());
  }
}
