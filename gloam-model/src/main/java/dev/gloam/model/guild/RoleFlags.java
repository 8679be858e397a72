package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts about a role. Maps Discord's "Role Flags" table (topics/permissions); sent as an integer.
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class RoleFlags extends BitFlags<RoleFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final RoleFlags NONE = new RoleFlags(0);

  /** Members can pick the role in an onboarding prompt ({@code 1 << 0}). */
  public static final RoleFlags IN_PROMPT = flag(0, "IN_PROMPT");

  private RoleFlags(long bits) {
    super(bits);
  }

  private static RoleFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new RoleFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static RoleFlags of(long bits) {
    return bits == 0 ? NONE : new RoleFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected RoleFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
