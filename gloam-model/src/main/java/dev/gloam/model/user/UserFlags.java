package dev.gloam.model.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags on a user's account, as sent in {@code flags} and {@code public_flags}. Maps Discord's
 * "User Flags" table (resources/user).
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class UserFlags extends BitFlags<UserFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final UserFlags NONE = new UserFlags(0);

  /** A Discord employee ({@code 1 << 0}). */
  public static final UserFlags STAFF = flag(0, "STAFF");

  /** Owner of a partnered server ({@code 1 << 1}). */
  public static final UserFlags PARTNER = flag(1, "PARTNER");

  /** Member of HypeSquad Events ({@code 1 << 2}). */
  public static final UserFlags HYPESQUAD = flag(2, "HYPESQUAD");

  /** Bug hunter, level 1 ({@code 1 << 3}). */
  public static final UserFlags BUG_HUNTER_LEVEL_1 = flag(3, "BUG_HUNTER_LEVEL_1");

  /** Member of the Bravery house ({@code 1 << 6}). */
  public static final UserFlags HYPESQUAD_ONLINE_HOUSE_1 = flag(6, "HYPESQUAD_ONLINE_HOUSE_1");

  /** Member of the Brilliance house ({@code 1 << 7}). */
  public static final UserFlags HYPESQUAD_ONLINE_HOUSE_2 = flag(7, "HYPESQUAD_ONLINE_HOUSE_2");

  /** Member of the Balance house ({@code 1 << 8}). */
  public static final UserFlags HYPESQUAD_ONLINE_HOUSE_3 = flag(8, "HYPESQUAD_ONLINE_HOUSE_3");

  /** Supported Nitro early ({@code 1 << 9}). */
  public static final UserFlags PREMIUM_EARLY_SUPPORTER = flag(9, "PREMIUM_EARLY_SUPPORTER");

  /** The user stands for a team ({@code 1 << 10}). */
  public static final UserFlags TEAM_PSEUDO_USER = flag(10, "TEAM_PSEUDO_USER");

  /** Bug hunter, level 2 ({@code 1 << 14}). */
  public static final UserFlags BUG_HUNTER_LEVEL_2 = flag(14, "BUG_HUNTER_LEVEL_2");

  /** A verified bot ({@code 1 << 16}). */
  public static final UserFlags VERIFIED_BOT = flag(16, "VERIFIED_BOT");

  /** Verified as a bot developer early on ({@code 1 << 17}). */
  public static final UserFlags VERIFIED_DEVELOPER = flag(17, "VERIFIED_DEVELOPER");

  /** An alumnus of the moderator programs ({@code 1 << 18}). */
  public static final UserFlags CERTIFIED_MODERATOR = flag(18, "CERTIFIED_MODERATOR");

  /** A bot that only receives interactions over HTTP ({@code 1 << 19}). */
  public static final UserFlags BOT_HTTP_INTERACTIONS = flag(19, "BOT_HTTP_INTERACTIONS");

  private UserFlags(long bits) {
    super(bits);
  }

  private static UserFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new UserFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static UserFlags of(long bits) {
    return bits == 0 ? NONE : new UserFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected UserFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
