package dev.gloam.util.snowflake;

import dev.gloam.model.id.Id;
import java.time.Instant;

/**
 * The parts of a Discord id: when it was made, and by which internal worker and process, with which
 * increment (Discord: reference "Snowflakes"). Also makes ids from times, for the {@code before}
 * and {@code after} of paginated routes.
 *
 * <pre>{@code
 * Snowflake parts = Snowflake.of(message.id());
 * Instant sent = parts.timestamp();
 * // Messages of the last hour: after the first id that could have been made an hour ago.
 * Id<MessageMarker> hourAgo = Snowflake.firstAt(Instant.now().minus(Duration.ofHours(1)));
 * }</pre>
 *
 * @param timestamp when the id was made, to the millisecond
 * @param workerId the internal worker id, 0 to 31
 * @param processId the internal process id, 0 to 31
 * @param increment the increment, 0 to 4,095
 */
public record Snowflake(Instant timestamp, int workerId, int processId, int increment) {
  private static final int TIMESTAMP_SHIFT = 22;
  private static final long LOW_BITS = (1L << TIMESTAMP_SHIFT) - 1;
  // 42 bits of milliseconds after the Discord epoch: until the year 2154.
  private static final long LAST_MILLIS = Id.DISCORD_EPOCH_MILLIS + (1L << 42) - 1;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if a part does not fit its bits, or the time is outside what a
   *     snowflake can hold (the Discord epoch, 2015, to 2154)
   * @throws NullPointerException if the timestamp is null
   */
  public Snowflake {
    checkTime(timestamp);
    check("workerId", workerId, 31);
    check("processId", processId, 31);
    check("increment", increment, 4095);
  }

  /**
   * Splits an id into its parts.
   *
   * @param id the id
   * @return its parts
   */
  public static Snowflake of(Id<?> id) {
    return of(id.value());
  }

  /**
   * Splits a raw snowflake into its parts.
   *
   * @param snowflake the id's value
   * @return its parts
   */
  public static Snowflake of(long snowflake) {
    return new Snowflake(
        Instant.ofEpochMilli((snowflake >>> TIMESTAMP_SHIFT) + Id.DISCORD_EPOCH_MILLIS),
        (int) ((snowflake & 0x3E0000) >>> 17),
        (int) ((snowflake & 0x1F000) >>> 12),
        (int) (snowflake & 0xFFF));
  }

  /**
   * Returns the lowest id that can have been made at a time: as {@code after}, it selects what was
   * made at that millisecond or later. At Discord's epoch itself that is 1, as no id is 0.
   *
   * @param <M> the kind of id
   * @param time the time, from 2015 (Discord's epoch) to 2154
   * @return the id
   * @throws IllegalArgumentException if the time is outside that range
   */
  public static <M> Id<M> firstAt(Instant time) {
    return Id.of(Math.max(1, millisSinceEpoch(time) << TIMESTAMP_SHIFT));
  }

  /**
   * Returns the highest id that can have been made at a time: as {@code before}, it selects what
   * was made at that millisecond or earlier.
   *
   * @param <M> the kind of id
   * @param time the time, from 2015 (Discord's epoch) to 2154
   * @return the id
   * @throws IllegalArgumentException if the time is outside that range
   */
  public static <M> Id<M> lastAt(Instant time) {
    return Id.of((millisSinceEpoch(time) << TIMESTAMP_SHIFT) | LOW_BITS);
  }

  /**
   * Puts the parts back together.
   *
   * @param <M> the kind of id
   * @return the id
   * @throws IllegalArgumentException if every part is zero, which is no id
   */
  public <M> Id<M> toId() {
    return Id.of(
        (millisSinceEpoch(timestamp) << TIMESTAMP_SHIFT)
            | ((long) workerId << 17)
            | ((long) processId << 12)
            | increment);
  }

  private static long millisSinceEpoch(Instant time) {
    checkTime(time);
    return time.toEpochMilli() - Id.DISCORD_EPOCH_MILLIS;
  }

  private static void checkTime(Instant time) {
    if (time.isBefore(Instant.ofEpochMilli(Id.DISCORD_EPOCH_MILLIS))
        || time.isAfter(Instant.ofEpochMilli(LAST_MILLIS))) {
      throw new IllegalArgumentException(
          "a snowflake holds a time from 2015-01-01T00:00:00Z to "
              + Instant.ofEpochMilli(LAST_MILLIS)
              + ", not "
              + time);
    }
  }

  private static void check(String name, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(name + " must be 0 to " + max + ", not " + value);
    }
  }
}
