package dev.gloam.model.monetization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.IntEnum;
import dev.gloam.model.value.IntEnumRegistry;

/**
 * The kind of a SKU. Maps Discord's "SKU Types" table (resources/sku).
 *
 * <p>An open enum: values Discord adds later parse to an unnamed instance that keeps its raw value.
 */
public final class SkuType extends IntEnum {
  private static final IntEnumRegistry<SkuType> VALUES =
      new IntEnumRegistry<>(value -> new SkuType(value, null));

  /** A one-time purchase that lasts (2). */
  public static final SkuType DURABLE = VALUES.register(new SkuType(2, "DURABLE"));

  /** A one-time purchase that can be used up (3). */
  public static final SkuType CONSUMABLE = VALUES.register(new SkuType(3, "CONSUMABLE"));

  /** A recurring subscription (5). */
  public static final SkuType SUBSCRIPTION = VALUES.register(new SkuType(5, "SUBSCRIPTION"));

  /** The group Discord creates for each subscription SKU (6). */
  public static final SkuType SUBSCRIPTION_GROUP =
      VALUES.register(new SkuType(6, "SUBSCRIPTION_GROUP"));

  private SkuType(int value, String name) {
    super(value, name);
  }

  /**
   * Returns the value with the given raw integer, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown value
   */
  @JsonCreator
  public static SkuType of(int value) {
    return VALUES.of(value);
  }

  @JsonValue
  private int wire() {
    return value();
  }
}
