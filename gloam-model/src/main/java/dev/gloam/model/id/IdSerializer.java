package dev.gloam.model.id;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes ids as Discord does: unsigned decimal strings, never JSON numbers that lose precision. */
final class IdSerializer extends StdSerializer<Id<?>> {
  @SuppressWarnings({"unchecked", "rawtypes"})
  IdSerializer() {
    super((Class<Id<?>>) (Class) Id.class);
  }

  @Override
  public void serialize(Id<?> id, JsonGenerator generator, SerializationContext context) {
    generator.writeString(id.toString());
  }
}
