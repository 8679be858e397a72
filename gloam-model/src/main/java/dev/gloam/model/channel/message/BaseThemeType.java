package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The base mode of a shared client theme. Maps Discord's "Base Theme Types" table
 * (resources/message).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class BaseThemeType extends IntEnum {
  private static final IntEnumRegistry<BaseThemeType> VALUES =
      new IntEnumRegistry<>(value -> new BaseThemeType(value, null));

  /** No mode chosen; clients treat it as {@link #DARK} (0). */
  public static final BaseThemeType UNSET = VALUES.register(new BaseThemeType(0, "UNSET"));

  /** The dark mode (1). */
  public static final BaseThemeType DARK = VALUES.register(new BaseThemeType(1, "DARK"));

  /** The light mode (2). */
  public static final BaseThemeType LIGHT = VALUES.register(new BaseThemeType(2, "LIGHT"));

  /** The darker mode (3). */
  public static final BaseThemeType DARKER = VALUES.register(new BaseThemeType(3, "DARKER"));

  /** The midnight mode (4). */
  public static final BaseThemeType MIDNIGHT = VALUES.register(new BaseThemeType(4, "MIDNIGHT"));

  private BaseThemeType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw number, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static BaseThemeType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
