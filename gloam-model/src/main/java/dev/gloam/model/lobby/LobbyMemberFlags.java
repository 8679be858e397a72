package dev.gloam.model.lobby;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.BitFlags;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags of a lobby member. Maps Discord's "Lobby Member Flags" table (resources/lobby).
 *
 * <p>Bits gloam does not name yet are kept and written back.
 */
public final class LobbyMemberFlags extends BitFlags<LobbyMemberFlags> {
  private static final Map<Long, String> NAMES = new LinkedHashMap<>();

  /** No flag set. */
  public static final LobbyMemberFlags NONE = new LobbyMemberFlags(0);

  /** The member may link a text channel to the lobby ({@code 1 << 0}). */
  public static final LobbyMemberFlags CAN_LINK_LOBBY = flag(0, "CAN_LINK_LOBBY");

  private LobbyMemberFlags(long bits) {
    super(bits);
  }

  private static LobbyMemberFlags flag(int bit, String name) {
    NAMES.put(1L << bit, name);
    return new LobbyMemberFlags(1L << bit);
  }

  /**
   * Returns the flags with the given raw bits; unnamed bits are kept.
   *
   * @param bits the raw bits
   * @return the flags
   */
  @JsonCreator
  public static LobbyMemberFlags of(long bits) {
    return bits == 0 ? NONE : new LobbyMemberFlags(bits);
  }

  @JsonValue
  private long wire() {
    return bits();
  }

  @Override
  protected LobbyMemberFlags withBits(long bits) {
    return of(bits);
  }

  @Override
  protected Map<Long, String> names() {
    return Collections.unmodifiableMap(NAMES);
  }
}
