package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How much padding a separator adds. Maps the values of the separator's {@code spacing} field
 * (components/reference, "Separator Structure").
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class SeparatorSpacing extends IntEnum {
  private static final IntEnumRegistry<SeparatorSpacing> VALUES =
      new IntEnumRegistry<>(value -> new SeparatorSpacing(value, null));

  /** Small padding (1). */
  public static final SeparatorSpacing SMALL = VALUES.register(new SeparatorSpacing(1, "SMALL"));

  /** Large padding (2). */
  public static final SeparatorSpacing LARGE = VALUES.register(new SeparatorSpacing(2, "LARGE"));

  private SeparatorSpacing(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the spacing with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static SeparatorSpacing of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
