package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts about a guild member. Maps Discord's "Guild Member Flags" table (resources/guild); sent as
 * an integer. Only {@link #BYPASSES_VERIFICATION} can be changed through the API.
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class GuildMemberFlags extends BitFlags<GuildMemberFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final GuildMemberFlags NONE = new GuildMemberFlags(0);

  /** The member left the guild and came back ({@code 1 << 0}). */
  public static final GuildMemberFlags DID_REJOIN = flag(0, "DID_REJOIN");

  /** The member finished onboarding ({@code 1 << 1}). */
  public static final GuildMemberFlags COMPLETED_ONBOARDING = flag(1, "COMPLETED_ONBOARDING");

  /** The member is let in despite the guild's verification requirements ({@code 1 << 2}). */
  public static final GuildMemberFlags BYPASSES_VERIFICATION = flag(2, "BYPASSES_VERIFICATION");

  /** The member began onboarding ({@code 1 << 3}). */
  public static final GuildMemberFlags STARTED_ONBOARDING = flag(3, "STARTED_ONBOARDING");

  /** The member is a guest limited to the voice channel they were invited to ({@code 1 << 4}). */
  public static final GuildMemberFlags IS_GUEST = flag(4, "IS_GUEST");

  /** The member began the Server Guide's new member actions ({@code 1 << 5}). */
  public static final GuildMemberFlags STARTED_HOME_ACTIONS = flag(5, "STARTED_HOME_ACTIONS");

  /** The member finished the Server Guide's new member actions ({@code 1 << 6}). */
  public static final GuildMemberFlags COMPLETED_HOME_ACTIONS = flag(6, "COMPLETED_HOME_ACTIONS");

  /** AutoMod blocked the member's username, display name or nickname ({@code 1 << 7}). */
  public static final GuildMemberFlags AUTOMOD_QUARANTINED_USERNAME =
      flag(7, "AUTOMOD_QUARANTINED_USERNAME");

  /** The member dismissed the prompt about direct message settings ({@code 1 << 9}). */
  public static final GuildMemberFlags DM_SETTINGS_UPSELL_ACKNOWLEDGED =
      flag(9, "DM_SETTINGS_UPSELL_ACKNOWLEDGED");

  /** AutoMod blocked the member's guild tag ({@code 1 << 10}). */
  public static final GuildMemberFlags AUTOMOD_QUARANTINED_GUILD_TAG =
      flag(10, "AUTOMOD_QUARANTINED_GUILD_TAG");

  private GuildMemberFlags(long bits) {
    super(bits);
  }

  private static GuildMemberFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new GuildMemberFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static GuildMemberFlags of(long bits) {
    return bits == 0 ? NONE : new GuildMemberFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected GuildMemberFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
