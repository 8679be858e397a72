package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How a message reference points at its message. Maps Discord's "Message Reference Types" table
 * (resources/message).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class MessageReferenceType extends IntEnum {
  private static final IntEnumRegistry<MessageReferenceType> VALUES =
      new IntEnumRegistry<>(value -> new MessageReferenceType(value, null));

  /** A plain reference, as replies use; the message comes in {@code referenced_message} (0). */
  public static final MessageReferenceType DEFAULT =
      VALUES.register(new MessageReferenceType(0, "DEFAULT"));

  /** A forward; a copy of the message comes in {@code message_snapshots} (1). */
  public static final MessageReferenceType FORWARD =
      VALUES.register(new MessageReferenceType(1, "FORWARD"));

  private MessageReferenceType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static MessageReferenceType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
