package dev.gloam.model.monetization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * How an entitlement was obtained. Maps Discord's "Entitlement Types" table
 * (resources/entitlement).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class EntitlementType extends IntEnum {
  private static final IntEnumRegistry<EntitlementType> VALUES =
      new IntEnumRegistry<>(value -> new EntitlementType(value, null));

  /** Bought by the user (1). */
  public static final EntitlementType PURCHASE =
      VALUES.register(new EntitlementType(1, "PURCHASE"));

  /** Granted by a Nitro subscription (2). */
  public static final EntitlementType PREMIUM_SUBSCRIPTION =
      VALUES.register(new EntitlementType(2, "PREMIUM_SUBSCRIPTION"));

  /** Given by the developer (3). */
  public static final EntitlementType DEVELOPER_GIFT =
      VALUES.register(new EntitlementType(3, "DEVELOPER_GIFT"));

  /** Bought by a developer in test mode (4). */
  public static final EntitlementType TEST_MODE_PURCHASE =
      VALUES.register(new EntitlementType(4, "TEST_MODE_PURCHASE"));

  /** Granted while the SKU was free (5). */
  public static final EntitlementType FREE_PURCHASE =
      VALUES.register(new EntitlementType(5, "FREE_PURCHASE"));

  /** Given by another user (6). */
  public static final EntitlementType USER_GIFT =
      VALUES.register(new EntitlementType(6, "USER_GIFT"));

  /** Claimed for free by a Nitro subscriber (7). */
  public static final EntitlementType PREMIUM_PURCHASE =
      VALUES.register(new EntitlementType(7, "PREMIUM_PURCHASE"));

  /** Bought as an app subscription (8). */
  public static final EntitlementType APPLICATION_SUBSCRIPTION =
      VALUES.register(new EntitlementType(8, "APPLICATION_SUBSCRIPTION"));

  private EntitlementType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static EntitlementType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
