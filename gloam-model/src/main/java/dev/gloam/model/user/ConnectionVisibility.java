package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Who can see a connection. Maps Discord's "Visibility Types" table (resources/user).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class ConnectionVisibility extends IntEnum {
  private static final IntEnumRegistry<ConnectionVisibility> VALUES =
      new IntEnumRegistry<>(value -> new ConnectionVisibility(value, null));

  /** Only the user (0). */
  public static final ConnectionVisibility NONE =
      VALUES.register(new ConnectionVisibility(0, "NONE"));

  /** Everyone (1). */
  public static final ConnectionVisibility EVERYONE =
      VALUES.register(new ConnectionVisibility(1, "EVERYONE"));

  private ConnectionVisibility(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static ConnectionVisibility of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
