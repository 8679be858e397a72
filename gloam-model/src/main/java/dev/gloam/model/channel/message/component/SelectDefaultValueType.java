package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * What kind of resource a select menu's default value names. Maps the {@code type} field of
 * Discord's "Select Default Value Structure" (components/reference).
 *
 * <p>An open enum: strings Discord adds later parse to an unnamed instance that keeps its value.
 */
public final class SelectDefaultValueType extends StringEnum {
  private static final StringEnumRegistry<SelectDefaultValueType> VALUES =
      new StringEnumRegistry<>(value -> new SelectDefaultValueType(value, false));

  /** The id names a user ({@code "user"}). */
  public static final SelectDefaultValueType USER =
      VALUES.register(new SelectDefaultValueType("user", true));

  /** The id names a role ({@code "role"}). */
  public static final SelectDefaultValueType ROLE =
      VALUES.register(new SelectDefaultValueType("role", true));

  /** The id names a channel ({@code "channel"}). */
  public static final SelectDefaultValueType CHANNEL =
      VALUES.register(new SelectDefaultValueType("channel", true));

  private SelectDefaultValueType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the type with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static SelectDefaultValueType of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
