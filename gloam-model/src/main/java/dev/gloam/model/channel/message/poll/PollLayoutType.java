package dev.gloam.model.channel.message.poll;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How a poll is laid out. Maps Discord's "Layout Type" table (resources/poll).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class PollLayoutType extends IntEnum {
  private static final IntEnumRegistry<PollLayoutType> VALUES =
      new IntEnumRegistry<>(value -> new PollLayoutType(value, null));

  /** The default layout (1). */
  public static final PollLayoutType DEFAULT = VALUES.register(new PollLayoutType(1, "DEFAULT"));

  private PollLayoutType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static PollLayoutType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
