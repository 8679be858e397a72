package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Whether moderators need two-factor authentication for moderation actions. Maps Discord's "MFA
 * Level" table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class MfaLevel extends IntEnum {
  private static final IntEnumRegistry<MfaLevel> VALUES =
      new IntEnumRegistry<>(value -> new MfaLevel(value, null));

  /** No two-factor requirement (0). */
  public static final MfaLevel NONE = VALUES.register(new MfaLevel(0, "NONE"));

  /** Moderation actions need two-factor authentication (1). */
  public static final MfaLevel ELEVATED = VALUES.register(new MfaLevel(1, "ELEVATED"));

  private MfaLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the MFA level with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static MfaLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
