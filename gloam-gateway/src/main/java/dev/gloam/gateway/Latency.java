package dev.gloam.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Heartbeat round trips of one shard: a running mean and the latest few. Thread-safe. */
final class Latency {
  private static final int RECENT = 5;

  private final long[] recent = new long[RECENT];
  private int next;
  private int filled;
  private long count;
  private long totalNanos;

  synchronized void record(long nanos) {
    recent[next] = nanos;
    next = (next + 1) % RECENT;
    filled = Math.min(filled + 1, RECENT);
    count++;
    totalNanos += nanos;
  }

  synchronized Optional<Duration> average() {
    return count == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(totalNanos / count));
  }

  synchronized List<Duration> recent() {
    List<Duration> list = new ArrayList<>(filled);
    for (int i = filled; i > 0; i--) {
      list.add(Duration.ofNanos(recent[Math.floorMod(next - i, RECENT)]));
    }
    return list;
  }
}
