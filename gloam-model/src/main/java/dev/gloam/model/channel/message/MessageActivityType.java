package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a Rich Presence activity a message invites to. Maps Discord's "Message Activity
 * Types" table (resources/message).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class MessageActivityType extends IntEnum {
  private static final IntEnumRegistry<MessageActivityType> VALUES =
      new IntEnumRegistry<>(value -> new MessageActivityType(value, null));

  /** An invitation to join (1). */
  public static final MessageActivityType JOIN =
      VALUES.register(new MessageActivityType(1, "JOIN"));

  /** An invitation to watch (2). */
  public static final MessageActivityType SPECTATE =
      VALUES.register(new MessageActivityType(2, "SPECTATE"));

  /** An invitation to listen along (3). */
  public static final MessageActivityType LISTEN =
      VALUES.register(new MessageActivityType(3, "LISTEN"));

  /** A request to join (5). */
  public static final MessageActivityType JOIN_REQUEST =
      VALUES.register(new MessageActivityType(5, "JOIN_REQUEST"));

  /** A request to watch a stream (6). */
  public static final MessageActivityType STREAM_REQUEST =
      VALUES.register(new MessageActivityType(6, "STREAM_REQUEST"));

  private MessageActivityType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static MessageActivityType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
