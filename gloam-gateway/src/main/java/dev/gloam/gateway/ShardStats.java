package dev.gloam.gateway;

import dev.gloam.model.gateway.ShardId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of one shard's health and traffic, for dashboards and metrics. Counters run from the
 * shard's creation, across all its connections.
 *
 * <pre>{@code
 * ShardStats stats = shard.stats();
 * System.out.printf("%s %s latency %s, %d commands left%n",
 *     stats.shard(), stats.state(), stats.averageLatency().orElse(null), stats.commandsAvailable());
 * }</pre>
 *
 * @param shard which shard
 * @param state its state
 * @param averageLatency the mean time from heartbeat to acknowledgement, over every acknowledged
 *     heartbeat; empty before the first
 * @param recentLatencies the latest (up to 5) heartbeat round trips, newest last
 * @param commandsAvailable commands the program could send right now without waiting (0 while
 *     disconnected)
 * @param bytesReceived bytes received from the gateway as they came over the wire (compressed when
 *     compression is on)
 * @param bytesInflated the same payloads' size after decompression (equal to {@code bytesReceived}
 *     without compression)
 * @param payloads payloads received, of every opcode
 * @param dispatches dispatches received (op 0), each counted once
 * @param connects connections opened
 * @param identifies sessions started with IDENTIFY
 * @param resumes sessions resumed with RESUME
 * @param sequenceGaps times the sequence jumped ahead
 * @param duplicatesDropped replayed dispatches the shard had already received, dropped
 * @param queued payloads received but not pulled yet
 */
public record ShardStats(
    ShardId shard,
    ShardState state,
    Optional<Duration> averageLatency,
    List<Duration> recentLatencies,
    int commandsAvailable,
    long bytesReceived,
    long bytesInflated,
    long payloads,
    long dispatches,
    long connects,
    long identifies,
    long resumes,
    long sequenceGaps,
    long duplicatesDropped,
    int queued) {

  /** Copies the list. */
  public ShardStats {
    recentLatencies = List.copyOf(recentLatencies);
  }

  /**
   * Returns the compression ratio of what was received.
   *
   * @return inflated bytes per received byte, 1 without compression or traffic
   */
  public double compressionRatio() {
    return bytesReceived == 0 ? 1 : (double) bytesInflated / bytesReceived;
  }
}
