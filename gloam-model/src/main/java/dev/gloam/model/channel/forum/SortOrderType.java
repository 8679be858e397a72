package dev.gloam.model.channel.forum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How a forum or media channel orders its posts. Maps Discord's "Sort Order Types" table
 * (resources/channel).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class SortOrderType extends IntEnum {
  private static final IntEnumRegistry<SortOrderType> VALUES =
      new IntEnumRegistry<>(value -> new SortOrderType(value, null));

  /** By the most recent activity (0). */
  public static final SortOrderType LATEST_ACTIVITY =
      VALUES.register(new SortOrderType(0, "LATEST_ACTIVITY"));

  /** By creation time, newest first (1). */
  public static final SortOrderType CREATION_DATE =
      VALUES.register(new SortOrderType(1, "CREATION_DATE"));

  private SortOrderType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static SortOrderType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
