package dev.gloam.model.gateway;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Which shard a connection is: its number and the total number of shards. Discord routes a guild to
 * shard {@code (guild_id >> 22) % total}; see the gateway docs, "Sharding". On the wire it is the
 * pair {@code [number, total]}.
 *
 * <pre>{@code
 * ShardId first = ShardId.ONE;          // [0, 1], the only shard of a small bot
 * ShardId third = new ShardId(2, 16);
 * }</pre>
 *
 * @param number the shard's number, from 0 to {@code total - 1}
 * @param total how many shards the bot runs
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"number", "total"})
public record ShardId(int number, int total) {
  /** The single shard of a bot that needs no sharding: {@code [0, 1]}. */
  public static final ShardId ONE = new ShardId(0, 1);

  /**
   * Checks the pair.
   *
   * @throws IllegalArgumentException unless {@code 0 <= number < total}
   */
  public ShardId {
    if (total < 1 || number < 0 || number >= total) {
      throw new IllegalArgumentException(
          "shard number must be in [0, total): [" + number + ", " + total + "]");
    }
  }

  /** Returns the pair as Discord writes it: {@code [number, total]}. */
  @Override
  public String toString() {
    return "[" + number + ", " + total + "]";
  }
}
