package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The Server Boost level a guild reached. Maps Discord's "Premium Tier" table (resources/guild).
 *
 * <p>An open enum: a value Discord adds later parses to an unnamed instance that keeps its raw
 * value.
 */
public final class PremiumTier extends IntEnum {
  private static final IntEnumRegistry<PremiumTier> VALUES =
      new IntEnumRegistry<>(value -> new PremiumTier(value, null));

  /** No boost perks (0). */
  public static final PremiumTier NONE = VALUES.register(new PremiumTier(0, "NONE"));

  /** Level 1 boost perks (1). */
  public static final PremiumTier TIER_1 = VALUES.register(new PremiumTier(1, "TIER_1"));

  /** Level 2 boost perks (2). */
  public static final PremiumTier TIER_2 = VALUES.register(new PremiumTier(2, "TIER_2"));

  /** Level 3 boost perks (3). */
  public static final PremiumTier TIER_3 = VALUES.register(new PremiumTier(3, "TIER_3"));

  private PremiumTier(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the boost level with the given raw value, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static PremiumTier of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
