package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an activity supports. Maps Discord's "Activity Flags" (events/gateway-events). */
public final class ActivityFlags extends BitFlags<ActivityFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final ActivityFlags NONE = new ActivityFlags(0);

  /** An instanced game session ({@code 1 << 0}). */
  public static final ActivityFlags INSTANCE = flag(0, "INSTANCE");

  /** Others can join ({@code 1 << 1}). */
  public static final ActivityFlags JOIN = flag(1, "JOIN");

  /** Others can spectate ({@code 1 << 2}). */
  public static final ActivityFlags SPECTATE = flag(2, "SPECTATE");

  /** Others can ask to join ({@code 1 << 3}). */
  public static final ActivityFlags JOIN_REQUEST = flag(3, "JOIN_REQUEST");

  /** Synced, such as a song others can listen along to ({@code 1 << 4}). */
  public static final ActivityFlags SYNC = flag(4, "SYNC");

  /** Playable ({@code 1 << 5}). */
  public static final ActivityFlags PLAY = flag(5, "PLAY");

  /** The party is visible to friends only ({@code 1 << 6}). */
  public static final ActivityFlags PARTY_PRIVACY_FRIENDS = flag(6, "PARTY_PRIVACY_FRIENDS");

  /** The party is visible to the voice channel only ({@code 1 << 7}). */
  public static final ActivityFlags PARTY_PRIVACY_VOICE_CHANNEL =
      flag(7, "PARTY_PRIVACY_VOICE_CHANNEL");

  /** An embedded activity ({@code 1 << 8}). */
  public static final ActivityFlags EMBEDDED = flag(8, "EMBEDDED");

  private ActivityFlags(long bits) {
    super(bits);
  }

  private static ActivityFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new ActivityFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static ActivityFlags of(long bits) {
    return bits == 0 ? NONE : new ActivityFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected ActivityFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
