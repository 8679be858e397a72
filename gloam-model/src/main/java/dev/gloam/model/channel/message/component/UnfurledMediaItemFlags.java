package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts Discord reports about a piece of media in a component. Maps Discord's "Unfurled Media Item
 * Flags" (components/reference).
 */
public final class UnfurledMediaItemFlags extends BitFlags<UnfurledMediaItemFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final UnfurledMediaItemFlags NONE = new UnfurledMediaItemFlags(0);

  /** The image is animated ({@code 1 << 0}). */
  public static final UnfurledMediaItemFlags IS_ANIMATED = flag(0, "IS_ANIMATED");

  private UnfurledMediaItemFlags(long bits) {
    super(bits);
  }

  private static UnfurledMediaItemFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new UnfurledMediaItemFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static UnfurledMediaItemFlags of(long bits) {
    return bits == 0 ? NONE : new UnfurledMediaItemFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected UnfurledMediaItemFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
