package dev.gloam.model.monetization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The state of a subscription. Maps Discord's "Subscription Statuses" table
 * (resources/subscription).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class SubscriptionStatus extends IntEnum {
  private static final IntEnumRegistry<SubscriptionStatus> VALUES =
      new IntEnumRegistry<>(value -> new SubscriptionStatus(value, null));

  /** Active and set to renew (0). */
  public static final SubscriptionStatus ACTIVE =
      VALUES.register(new SubscriptionStatus(0, "ACTIVE"));

  /** Inactive and not charged (1). */
  public static final SubscriptionStatus INACTIVE =
      VALUES.register(new SubscriptionStatus(1, "INACTIVE"));

  /** Active but not renewing (2). */
  public static final SubscriptionStatus ENDING =
      VALUES.register(new SubscriptionStatus(2, "ENDING"));

  private SubscriptionStatus(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static SubscriptionStatus of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
