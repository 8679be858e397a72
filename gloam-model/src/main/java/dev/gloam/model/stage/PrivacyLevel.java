package dev.gloam.model.stage;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * Who can see a stage instance. Maps Discord's "Privacy Level" table (resources/stage-instance).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class PrivacyLevel extends IntEnum {
  private static final IntEnumRegistry<PrivacyLevel> VALUES =
      new IntEnumRegistry<>(value -> new PrivacyLevel(value, null));

  /** Visible publicly; deprecated by Discord (1). */
  public static final PrivacyLevel PUBLIC = VALUES.register(new PrivacyLevel(1, "PUBLIC"));

  /** Visible to the guild's members only (2). */
  public static final PrivacyLevel GUILD_ONLY = VALUES.register(new PrivacyLevel(2, "GUILD_ONLY"));

  private PrivacyLevel(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static PrivacyLevel of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
