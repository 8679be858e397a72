package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of an embed. Maps Discord's "Embed Flags" table (resources/message).
 *
 * <p>Bits gloam does not name yet are kept and written back unchanged.
 */
public final class EmbedFlags extends BitFlags<EmbedFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final EmbedFlags NONE = new EmbedFlags(0);

  /** The embed stands in for a reply to an activity card ({@code 1 << 5}). */
  public static final EmbedFlags IS_CONTENT_INVENTORY_ENTRY = flag(5, "IS_CONTENT_INVENTORY_ENTRY");

  private EmbedFlags(long bits) {
    super(bits);
  }

  private static EmbedFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new EmbedFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static EmbedFlags of(long bits) {
    return bits == 0 ? NONE : new EmbedFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected EmbedFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
