package dev.gloam.testkit.internal.snowflake;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Makes unique, increasing snowflakes in Discord's layout: milliseconds since the Discord epoch in
 * the top 42 bits, then 5 bits of worker, 5 bits of process and a 12-bit increment.
 */
public final class SnowflakeGenerator {

  /** The first millisecond of 2015, which Discord snowflakes count from. */
  public static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

  private static final int INCREMENT_BITS = 12;
  private static final long MAX_INCREMENT = (1L << INCREMENT_BITS) - 1;

  private final Clock clock;
  private final long workerId;
  private final long processId;
  private long lastMillis = -1;
  private long increment;

  /**
   * Creates a generator.
   *
   * @param clock where time comes from
   * @param workerId the worker id, 0 to 31
   * @param processId the process id, 0 to 31
   */
  public SnowflakeGenerator(Clock clock, int workerId, int processId) {
    if (workerId < 0 || workerId > 31 || processId < 0 || processId > 31) {
      throw new IllegalArgumentException("worker and process ids must be between 0 and 31");
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.workerId = workerId;
    this.processId = processId;
  }

  /**
   * Returns a new snowflake, strictly greater than every one this generator returned before.
   *
   * @return the snowflake
   */
  public synchronized long next() {
    long millis = Math.max(clock.millis() - DISCORD_EPOCH_MILLIS, 0);
    // Never go backwards, even if the wall clock does, so ids stay ordered like Discord's.
    if (millis <= lastMillis) {
      millis = lastMillis;
      increment++;
      if (increment > MAX_INCREMENT) {
        millis++;
        increment = 0;
      }
    } else {
      increment = 0;
    }
    lastMillis = millis;
    return millis << 22 | workerId << 17 | processId << INCREMENT_BITS | increment;
  }

  /**
   * Tells when a snowflake was made.
   *
   * @param snowflake the id
   * @return the instant encoded in its top bits
   */
  public static Instant timestampOf(long snowflake) {
    return Instant.ofEpochMilli((snowflake >>> 22) + DISCORD_EPOCH_MILLIS);
  }
}
