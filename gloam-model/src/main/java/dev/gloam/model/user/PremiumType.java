package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The Nitro subscription on a user's account. Maps Discord's "Premium Types" table
 * (resources/user).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class PremiumType extends IntEnum {
  private static final IntEnumRegistry<PremiumType> VALUES =
      new IntEnumRegistry<>(value -> new PremiumType(value, null));

  /** No subscription (0). */
  public static final PremiumType NONE = VALUES.register(new PremiumType(0, "NONE"));

  /** Nitro Classic (1). */
  public static final PremiumType NITRO_CLASSIC =
      VALUES.register(new PremiumType(1, "NITRO_CLASSIC"));

  /** Nitro (2). */
  public static final PremiumType NITRO = VALUES.register(new PremiumType(2, "NITRO"));

  /** Nitro Basic (3). */
  public static final PremiumType NITRO_BASIC = VALUES.register(new PremiumType(3, "NITRO_BASIC"));

  private PremiumType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static PremiumType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
