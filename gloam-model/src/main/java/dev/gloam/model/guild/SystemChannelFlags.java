package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which notices the system channel leaves out. Maps Discord's "System Channel Flags" table
 * (resources/guild); sent as an integer.
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class SystemChannelFlags extends BitFlags<SystemChannelFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final SystemChannelFlags NONE = new SystemChannelFlags(0);

  /** No message when a member joins ({@code 1 << 0}). */
  public static final SystemChannelFlags SUPPRESS_JOIN_NOTIFICATIONS =
      flag(0, "SUPPRESS_JOIN_NOTIFICATIONS");

  /** No message when someone boosts the guild ({@code 1 << 1}). */
  public static final SystemChannelFlags SUPPRESS_PREMIUM_SUBSCRIPTIONS =
      flag(1, "SUPPRESS_PREMIUM_SUBSCRIPTIONS");

  /** No setup tips ({@code 1 << 2}). */
  public static final SystemChannelFlags SUPPRESS_GUILD_REMINDER_NOTIFICATIONS =
      flag(2, "SUPPRESS_GUILD_REMINDER_NOTIFICATIONS");

  /** No sticker reply button under join messages ({@code 1 << 3}). */
  public static final SystemChannelFlags SUPPRESS_JOIN_NOTIFICATION_REPLIES =
      flag(3, "SUPPRESS_JOIN_NOTIFICATION_REPLIES");

  /** No message for role subscription purchases and renewals ({@code 1 << 4}). */
  public static final SystemChannelFlags SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATIONS =
      flag(4, "SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATIONS");

  /** No sticker reply button under role subscription messages ({@code 1 << 5}). */
  public static final SystemChannelFlags SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATION_REPLIES =
      flag(5, "SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATION_REPLIES");

  private SystemChannelFlags(long bits) {
    super(bits);
  }

  private static SystemChannelFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new SystemChannelFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static SystemChannelFlags of(long bits) {
    return bits == 0 ? NONE : new SystemChannelFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected SystemChannelFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
