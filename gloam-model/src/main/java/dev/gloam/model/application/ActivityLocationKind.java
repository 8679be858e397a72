package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The kind of place an activity instance runs in. Maps Discord's "Activity Location Kind Enum"
 * (resources/application).
 *
 * <p>An open enum: values Discord adds later parse to an unknown instance that keeps its string.
 */
public final class ActivityLocationKind extends StringEnum {
  private static final StringEnumRegistry<ActivityLocationKind> VALUES =
      new StringEnumRegistry<>(value -> new ActivityLocationKind(value, false));

  /** A channel of a guild ({@code gc}). */
  public static final ActivityLocationKind GUILD_CHANNEL =
      VALUES.register(new ActivityLocationKind("gc", true));

  /** A private channel: a DM or group DM ({@code pc}). */
  public static final ActivityLocationKind PRIVATE_CHANNEL =
      VALUES.register(new ActivityLocationKind("pc", true));

  private ActivityLocationKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the kind with the given wire value, known if gloam names it.
   *
   * @param value the string Discord sends
   * @return the constant, or an unknown instance keeping {@code value}
   */
  @JsonCreator
  public static ActivityLocationKind of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
