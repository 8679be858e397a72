package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Which field of an activity the user's status shows. Maps Discord's "Status Display Types"
 * (events/gateway-events).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class StatusDisplayType extends IntEnum {
  private static final IntEnumRegistry<StatusDisplayType> VALUES =
      new IntEnumRegistry<>(value -> new StatusDisplayType(value, null));

  /** The activity's name (0). */
  public static final StatusDisplayType NAME = VALUES.register(new StatusDisplayType(0, "NAME"));

  /** The activity's state (1). */
  public static final StatusDisplayType STATE = VALUES.register(new StatusDisplayType(1, "STATE"));

  /** The activity's details (2). */
  public static final StatusDisplayType DETAILS =
      VALUES.register(new StatusDisplayType(2, "DETAILS"));

  private StatusDisplayType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the status display type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static StatusDisplayType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
