package dev.gloam.model.value;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a {@link Nullable}: a missing field is absent, a JSON {@code null} is null, anything else
 * is read as the value's type.
 */
final class NullableDeserializer extends StdDeserializer<Nullable<?>> {
  private final ValueDeserializer<?> content;

  NullableDeserializer() {
    this(null);
  }

  private NullableDeserializer(ValueDeserializer<?> content) {
    super(Nullable.class);
    this.content = content;
  }

  @Override
  public ValueDeserializer<?> createContextual(
      DeserializationContext context, BeanProperty property) {
    JavaType type = property != null ? property.getType() : context.getContextualType();
    JavaType valueType =
        type != null && type.containedTypeCount() == 1
            ? type.containedType(0)
            : context.constructType(Object.class);
    return new NullableDeserializer(context.findContextualValueDeserializer(valueType, property));
  }

  @Override
  public Nullable<?> deserialize(JsonParser parser, DeserializationContext context) {
    Object value = content.deserialize(parser, context);
    return value == null ? Nullable.ofNull() : Nullable.of(value);
  }

  @Override
  public Object getNullValue(DeserializationContext context) {
    return Nullable.ofNull();
  }

  @Override
  public Object getAbsentValue(DeserializationContext context) {
    return Nullable.absent();
  }
}
