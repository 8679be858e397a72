package dev.gloam.model.channel.message;

import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads {@link Message#referencedMessage()}, telling a missing field (empty) from a {@code null}
 * one (a present, empty inner optional), which Jackson's own {@code Optional} support merges.
 */
final class ReferencedMessageDeserializer extends StdDeserializer<Optional<Optional<Message>>> {
  ReferencedMessageDeserializer() {
    super(Optional.class);
  }

  @Override
  public Optional<Optional<Message>> deserialize(
      JsonParser parser, DeserializationContext context) {
    return Optional.of(Optional.of(context.readValue(parser, Message.class)));
  }

  @Override
  public Optional<Optional<Message>> getNullValue(DeserializationContext context) {
    return Optional.of(Optional.empty());
  }

  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return Optional.empty();
  }
}
