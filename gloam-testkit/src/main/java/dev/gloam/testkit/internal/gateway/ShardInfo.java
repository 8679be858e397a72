package dev.gloam.testkit.internal.gateway;

/**
 * The shard a session identified as.
 *
 * @param id the shard's index
 * @param count how many shards the bot runs
 */
public record ShardInfo(int id, int count) {

  /** The shard of a client that did not ask for sharding. */
  public static final ShardInfo SINGLE = new ShardInfo(0, 1);

  /**
   * Tells whether a guild's events go to this shard, by Discord's formula.
   *
   * @param guildId the guild
   * @return true if {@code (guild_id >> 22) % count == id}
   */
  public boolean owns(long guildId) {
    return Long.remainderUnsigned(guildId >>> 22, count) == id;
  }
}
