package dev.gloam.model.value;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link Nullable}: its value, or {@code null}; an absent one counts as empty. */
final class NullableSerializer extends StdSerializer<Nullable<?>> {
  @SuppressWarnings({"unchecked", "rawtypes"})
  NullableSerializer() {
    super((Class<Nullable<?>>) (Class) Nullable.class);
  }

  @Override
  public boolean isEmpty(SerializationContext context, Nullable<?> value) {
    return value == null || value.isAbsent();
  }

  @Override
  public void serialize(Nullable<?> value, JsonGenerator generator, SerializationContext context) {
    if (value.isNull() || value.isAbsent()) {
      generator.writeNull();
    } else {
      context.writeValue(generator, value.orElseThrow());
    }
  }
}
