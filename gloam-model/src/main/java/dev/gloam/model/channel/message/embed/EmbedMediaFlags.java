package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of an embed's image, thumbnail or video. Maps Discord's "Embed Media Flags" table
 * (resources/message).
 *
 * <p>Bits gloam does not name yet are kept and written back unchanged.
 */
public final class EmbedMediaFlags extends BitFlags<EmbedMediaFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final EmbedMediaFlags NONE = new EmbedMediaFlags(0);

  /** The image is animated ({@code 1 << 5}). */
  public static final EmbedMediaFlags IS_ANIMATED = flag(5, "IS_ANIMATED");

  private EmbedMediaFlags(long bits) {
    super(bits);
  }

  private static EmbedMediaFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new EmbedMediaFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static EmbedMediaFlags of(long bits) {
    return bits == 0 ? NONE : new EmbedMediaFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected EmbedMediaFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
