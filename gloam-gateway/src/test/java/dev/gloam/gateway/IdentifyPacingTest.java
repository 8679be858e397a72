package dev.gloam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.WireEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 32 shards with {@code max_concurrency} 4 identify through one group's queue against an offline
 * Discord that refuses any IDENTIFY that comes sooner than its bucket's interval allows. The
 * testkit is the judge of the pace: no refusal means no bucket went too fast.
 */
@Timeout(60)
class IdentifyPacingTest {
  private static final int SHARDS = 32;
  private static final int MAX_CONCURRENCY = 4;
  private static final Duration TESTKIT_INTERVAL = Duration.ofMillis(300);
  // A margin over the testkit's interval, which counts from when it read the last IDENTIFY, a bit
  // after the queue granted it.
  private static final Duration QUEUE_INTERVAL = Duration.ofMillis(400);
  private static final Pattern IDENTIFY = Pattern.compile("^IDENTIFY shard \\[(\\d+), (\\d+)]");

  @Test
  void thirtyTwoShardsIdentifyFourAtATimeWithoutARefusal() {
    try (OfflineDiscord discord =
            OfflineDiscord.builder()
                .heartbeatInterval(Duration.ofSeconds(5))
                .identifyConcurrency(MAX_CONCURRENCY, TESTKIT_INTERVAL)
                .start();
        InMemoryIdentifyQueue queue =
            InMemoryIdentifyQueue.builder()
                .maxConcurrency(MAX_CONCURRENCY)
                .interval(QUEUE_INTERVAL)
                .build()) {
      Config config =
          Config.builder(discord.botToken(), OfflineGateway.INTENTS)
              .gatewayUrl(discord.gatewayUrl())
              .compression(Compression.NONE)
              .identifyQueue(queue)
              .build();
      try (ShardGroup group = ShardGroup.range(0, SHARDS, SHARDS, config).start()) {
        discord.awaitSessions(SHARDS, Duration.ofSeconds(45));
        awaitAllActive(group);

        List<WireEvent> log = discord.wireLog();
        assertThat(log)
            .as("IDENTIFYs the testkit refused as too early")
            .noneSatisfy(e -> assertThat(e.summary()).startsWith("IDENTIFY refused"));

        List<Integer> identified =
            log.stream()
                .filter(e -> e.direction() == WireEvent.Direction.TO_DISCORD)
                .map(e -> IDENTIFY.matcher(e.summary()))
                .filter(Matcher::find)
                .map(
                    m -> {
                      assertThat(Integer.parseInt(m.group(2))).isEqualTo(SHARDS);
                      return Integer.parseInt(m.group(1));
                    })
                .toList();
        // Every shard identified exactly once: none was refused and had to try again.
        assertThat(identified)
            .containsExactlyInAnyOrderElementsOf(IntStream.range(0, SHARDS).boxed().toList());
        Map<Integer, Long> perBucket =
            identified.stream()
                .collect(
                    Collectors.groupingBy(
                        shard -> shard % MAX_CONCURRENCY, TreeMap::new, Collectors.counting()));
        assertThat(perBucket).isEqualTo(Map.of(0, 8L, 1, 8L, 2, 8L, 3, 8L));

        assertThat(group.stats())
            .hasSize(SHARDS)
            .allSatisfy(
                s -> {
                  assertThat(s.state()).isEqualTo(ShardState.ACTIVE);
                  assertThat(s.identifies()).isEqualTo(1);
                  assertThat(s.connects()).isEqualTo(1);
                });
        assertThat(queue.waiting()).isZero();
      }
    }
  }

  private static void awaitAllActive(ShardGroup group) {
    OfflineGateway.awaitTrue(
        () -> group.stats().stream().allMatch(s -> s.state() == ShardState.ACTIVE),
        () -> "every shard ACTIVE: " + group.stats());
  }
}
