package dev.gloam.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.gateway.queue.InMemoryIdentifyQueue;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.testkit.OfflineDiscord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * An offline Discord with a short heartbeat and identify interval, plus what the gateway tests
 * share: shards configured for it, messages said by its human, and collecting them back.
 */
final class OfflineGateway implements AutoCloseable {
  static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT);
  // Short, so that heartbeat tests are quick, but not shorter: at 400 ms a busy machine (a 3,000
  // event backlog with other builds beside it) delayed an ACK past the interval, and the shard
  // rightly took the connection for a zombie.
  static final Duration HEARTBEAT = Duration.ofMillis(1000);
  static final Duration IDENTIFY_INTERVAL = Duration.ofMillis(200);
  // The shards' queue waits a little longer than the testkit's interval, as a real bot's margin
  // would: the testkit measures from when it read the last IDENTIFY, which is a bit after the
  // grant.
  static final Duration QUEUE_INTERVAL = Duration.ofMillis(300);
  // Heartbeats this often and the tests' bursts of commands would soon reach Discord's 120 sends
  // per 60 s, so the testkit allows 120 per 2 s, which leaves commands room as Discord's real limit
  // does. The shards count 120 per 2.5 s: the testkit times a payload when it reads it, which on a
  // busy machine can be a few hundred milliseconds after the shard sent it, a skew that a 60 s
  // window makes negligible.
  static final Duration SEND_WINDOW = Duration.ofSeconds(2);
  static final Duration SHARD_SEND_WINDOW = Duration.ofMillis(2500);
  static final String END = "-- end --";

  final OfflineDiscord discord;
  final InMemoryIdentifyQueue queue;

  OfflineGateway(OfflineDiscord.Builder builder) {
    discord =
        builder
            .heartbeatInterval(HEARTBEAT)
            .identifyConcurrency(1, IDENTIFY_INTERVAL)
            .gatewaySendLimit(120, SEND_WINDOW)
            .start();
    queue = InMemoryIdentifyQueue.builder().interval(QUEUE_INTERVAL).build();
  }

  OfflineGateway() {
    this(OfflineDiscord.builder());
  }

  Config.Builder config(Compression compression) {
    return Config.builder(discord.botToken(), INTENTS)
        .gatewayUrl(discord.gatewayUrl())
        .compression(compression)
        .commandRateLimit(120, SHARD_SEND_WINDOW)
        .identifyQueue(queue);
  }

  Shard shard(Compression compression) {
    return Shard.create(ShardId.ONE, config(compression).build());
  }

  /** Says messages {@code prefix-1} to {@code prefix-count} in the guild's channel. */
  List<String> say(String prefix, int count) {
    List<String> said = new ArrayList<>();
    IntStream.rangeClosed(1, count)
        .forEach(
            i -> {
              String content = prefix + "-" + i;
              discord.humanSays(discord.channelId(), content);
              said.add(content);
            });
    return said;
  }

  /**
   * Says {@link #END}, then pulls message contents until it arrives. Errors met on the way are kept
   * in {@code errors}; a fatal one ends the collection.
   */
  List<String> collectUntilEnd(Shard shard, List<GatewayException> errors) {
    discord.humanSays(discord.channelId(), END);
    List<String> contents = new ArrayList<>();
    while (true) {
      Event event;
      try {
        event = shard.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE));
      } catch (GatewayException e) {
        errors.add(e);
        if (e.isFatal()) {
          return contents;
        }
        continue;
      }
      String content = ((MessageCreate) event).content();
      if (content.equals(END)) {
        return contents;
      }
      contents.add(content);
    }
  }

  /** Waits (bounded) until the shard's stats satisfy a condition. */
  static void await(Shard shard, Predicate<ShardStats> condition, String what) {
    awaitTrue(() -> condition.test(shard.stats()), () -> what + ": " + shard.stats());
  }

  /**
   * Waits up to 30 s for a condition, then asserts it.
   *
   * @param describe what was awaited, with the state that tells why it did not come
   */
  static void awaitTrue(BooleanSupplier condition, Supplier<String> describe) {
    for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + describe.get(), e);
      }
    }
    assertThat(condition.getAsBoolean()).as(describe).isTrue();
  }

  /** Pulls until READY, so the session is known and GUILD_CREATE is still ahead. */
  static void awaitReady(Shard shard) {
    shard.nextEvent(EventTypeFlags.of(EventType.READY));
  }

  @Override
  public void close() {
    try {
      discord.close();
    } finally {
      queue.close();
    }
  }
}
