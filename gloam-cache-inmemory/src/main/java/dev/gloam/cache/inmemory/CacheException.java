package dev.gloam.cache.inmemory;

/**
 * Why the cache could not answer a question, such as a permission question about a member it does
 * not hold. The {@link #kind()} says what was missing.
 */
public final class CacheException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the cache was missing. */
  public enum Kind {
    /** The guild is not cached (never received, removed, or guilds are not cached). */
    GUILD_MISSING,
    /** The member is not cached in that guild. */
    MEMBER_MISSING,
    /** The guild's @everyone role is not cached. */
    EVERYONE_ROLE_MISSING,
    /** The channel is not cached, or is not a guild channel. */
    CHANNEL_MISSING,
    /** The thread's parent channel is not cached. */
    PARENT_MISSING
  }

  private final Kind kind;

  CacheException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /**
   * Returns what the cache was missing.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }
}
