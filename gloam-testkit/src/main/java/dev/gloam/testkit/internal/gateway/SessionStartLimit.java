package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The session start limit of {@code GET /gateway/bot}: how many sessions the bot may still start
 * today, and {@code max_concurrency}: one IDENTIFY per identify interval in each bucket {@code
 * shard_id % max_concurrency} ({@code events/gateway.mdx}, "Session Start Limit Object" and "Max
 * Concurrency").
 */
public final class SessionStartLimit {

  private static final Duration WINDOW = Duration.ofHours(24);

  /** What became of an IDENTIFY. */
  public enum Outcome {
    /** The session may start; one start was used. */
    STARTED,
    /** Another IDENTIFY of the same bucket came less than the identify interval ago. */
    TOO_FAST,
    /** No session starts remain today. */
    EXHAUSTED
  }

  private final Clock clock;
  private final int total;
  private final int maxConcurrency;
  private final Duration identifyInterval;
  private final Map<Integer, Instant> lastIdentifyByBucket = new HashMap<>();
  private Instant resetAt;
  private int remaining;

  /**
   * Creates a full limit whose day starts now.
   *
   * @param clock where time comes from
   * @param total session starts per day
   * @param maxConcurrency the number of identify buckets
   * @param identifyInterval the wait between identifies of one bucket
   */
  public SessionStartLimit(Clock clock, int total, int maxConcurrency, Duration identifyInterval) {
    this.clock = clock;
    this.total = total;
    this.remaining = total;
    this.maxConcurrency = maxConcurrency;
    this.identifyInterval = identifyInterval;
    this.resetAt = clock.instant().plus(WINDOW);
  }

  /**
   * Creates Discord's default limit: 1000 starts a day, {@code max_concurrency} 1, 5 s apart.
   *
   * @param clock where time comes from
   */
  public SessionStartLimit(Clock clock) {
    this(
        clock,
        GatewaySettings.DISCORD_SESSION_START_TOTAL,
        1,
        GatewaySettings.DISCORD_IDENTIFY_INTERVAL);
  }

  /** Uses one session start without the concurrency check; the count never goes below zero. */
  public synchronized void consume() {
    refresh();
    remaining = Math.max(0, remaining - 1);
  }

  /**
   * Tries to start a session for a shard: checks the day's remaining starts and the shard's bucket,
   * and uses one start if both allow it.
   *
   * @param shardId the shard that identified
   * @return what became of the IDENTIFY
   */
  public synchronized Outcome tryStart(int shardId) {
    refresh();
    if (remaining <= 0) {
      return Outcome.EXHAUSTED;
    }
    Instant now = clock.instant();
    int bucket = shardId % maxConcurrency;
    Instant last = lastIdentifyByBucket.get(bucket);
    if (last != null && now.isBefore(last.plus(identifyInterval))) {
      return Outcome.TOO_FAST;
    }
    lastIdentifyByBucket.put(bucket, now);
    remaining--;
    return Outcome.STARTED;
  }

  /**
   * Returns {@code max_concurrency}.
   *
   * @return the number of identify buckets
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * Renders the session start limit object of {@code GET /gateway/bot}.
   *
   * @return a new JSON object
   */
  public synchronized ObjectNode toJson() {
    refresh();
    ObjectNode json = Json.object();
    json.put("total", total);
    json.put("remaining", remaining);
    json.put("reset_after", Math.max(0, Duration.between(clock.instant(), resetAt).toMillis()));
    json.put("max_concurrency", maxConcurrency);
    return json;
  }

  private void refresh() {
    Instant now = clock.instant();
    if (!now.isBefore(resetAt)) {
      remaining = total;
      resetAt = now.plus(WINDOW);
    }
  }
}
