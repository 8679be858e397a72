package dev.gloam.model.monetization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of a SKU. Maps Discord's "SKU Flags" table (resources/sku).
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class SkuFlags extends BitFlags<SkuFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final SkuFlags NONE = new SkuFlags(0);

  /** The SKU can be bought ({@code 1 << 2}). */
  public static final SkuFlags AVAILABLE = flag(2, "AVAILABLE");

  /** A subscription bought for one server, benefiting all its members ({@code 1 << 7}). */
  public static final SkuFlags GUILD_SUBSCRIPTION = flag(7, "GUILD_SUBSCRIPTION");

  /** A subscription bought by a user for themselves, in every server ({@code 1 << 8}). */
  public static final SkuFlags USER_SUBSCRIPTION = flag(8, "USER_SUBSCRIPTION");

  private SkuFlags(long bits) {
    super(bits);
  }

  private static SkuFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new SkuFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static SkuFlags of(long bits) {
    return bits == 0 ? NONE : new SkuFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected SkuFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
