package dev.gloam.model.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A channel's flags. Maps Discord's "Channel Flags" table (resources/channel).
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class ChannelFlags extends BitFlags<ChannelFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final ChannelFlags NONE = new ChannelFlags(0);

  /** The thread is pinned at the top of its forum or media channel ({@code 1 << 1}). */
  public static final ChannelFlags PINNED = flag(1, "PINNED");

  /** Threads created in this forum or media channel must carry a tag ({@code 1 << 4}). */
  public static final ChannelFlags REQUIRE_TAG = flag(4, "REQUIRE_TAG");

  /** The media channel hides the download options of embedded media ({@code 1 << 15}). */
  public static final ChannelFlags HIDE_MEDIA_DOWNLOAD_OPTIONS =
      flag(15, "HIDE_MEDIA_DOWNLOAD_OPTIONS");

  /** Users must opt in before they see the channel's content ({@code 1 << 21}). */
  public static final ChannelFlags IS_SPOILER_CHANNEL = flag(21, "IS_SPOILER_CHANNEL");

  private ChannelFlags(long bits) {
    super(bits);
  }

  private static ChannelFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new ChannelFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static ChannelFlags of(long bits) {
    return bits == 0 ? NONE : new ChannelFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected ChannelFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
