package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of a guild invite. Maps Discord's "Guild Invite Flags" table (resources/invite).
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class GuildInviteFlags extends BitFlags<GuildInviteFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final GuildInviteFlags NONE = new GuildInviteFlags(0);

  /** The invite admits a guest to a voice channel ({@code 1 << 0}). */
  public static final GuildInviteFlags IS_GUEST_INVITE = flag(0, "IS_GUEST_INVITE");

  private GuildInviteFlags(long bits) {
    super(bits);
  }

  private static GuildInviteFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new GuildInviteFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static GuildInviteFlags of(long bits) {
    return bits == 0 ? NONE : new GuildInviteFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected GuildInviteFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
