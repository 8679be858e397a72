package dev.gloam.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.gateway.connection.SessionStartLimit;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.testkit.CreatedGuild;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Shard groups against the offline Discord over real sockets: which shard each event comes from,
 * how the factories choose shards, and how the group's stream ends.
 */
@Timeout(60)
class ShardGroupTest {
  private static final int TOTAL = 4;
  private static final EventTypeFlags GUILDS_AND_MESSAGES =
      EventTypeFlags.of(EventType.GUILD_CREATE, EventType.MESSAGE_CREATE);

  private OfflineGateway gateway;
  // The guilds the bot is in, by id, with the shard Discord routes each to.
  private final Map<Long, Integer> shardOfGuild = new HashMap<>();
  // One channel per shard, in a guild of that shard.
  private final Map<Integer, Long> channelOfShard = new HashMap<>();

  @BeforeEach
  void start() {
    gateway = new OfflineGateway();
    // The testkit's own guild lands on some shard; add one per shard so that every shard has one.
    shardOfGuild.put(gateway.discord.guildId(), shardOf(gateway.discord.guildId()));
    for (int shard = 0; shard < TOTAL; shard++) {
      CreatedGuild guild =
          gateway
              .discord
              .newGuild("guild of shard " + shard)
              .textChannel("general")
              .onShard(shard, TOTAL)
              .withoutEvents()
              .create();
      assertThat(shardOf(guild.id())).isEqualTo(shard);
      shardOfGuild.put(guild.id(), shard);
      channelOfShard.put(shard, guild.channelId("general"));
    }
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  /** Discord's routing: {@code (guild_id >> 22) % num_shards}. */
  private static int shardOf(long guildId) {
    return (int) ((guildId >>> 22) % TOTAL);
  }

  private Config config() {
    return gateway.config(Compression.NONE).build();
  }

  /** Pulls until every guild's GUILD_CREATE came, checking each came from the guild's shard. */
  private void awaitEveryGuild(Iterator<ShardEvent> events) {
    Map<Long, Integer> seen = new HashMap<>();
    while (seen.size() < shardOfGuild.size()) {
      assertThat(events.hasNext()).as("stream still open").isTrue();
      ShardEvent item = events.next();
      if (item.event() instanceof GuildCreate guild) {
        seen.put(guild.id().value(), item.shard().number());
        assertThat(item.shard().total()).isEqualTo(TOTAL);
      }
    }
    assertThat(seen).isEqualTo(shardOfGuild);
  }

  /** Says one message per shard in {@code shards}, and checks each comes from its shard. */
  private void eachMessageComesFromItsShard(Iterator<ShardEvent> events, List<Integer> shards) {
    Map<String, Integer> expected = new HashMap<>();
    for (int shard : shards) {
      String content = "said on shard " + shard;
      gateway.discord.humanSays(channelOfShard.get(shard), content);
      expected.put(content, shard);
    }
    Map<String, Integer> received = new HashMap<>();
    while (received.size() < expected.size()) {
      assertThat(events.hasNext()).as("stream still open").isTrue();
      ShardEvent item = events.next();
      if (item.event() instanceof MessageCreate message) {
        received.put(message.content(), item.shard().number());
      }
    }
    assertThat(received).isEqualTo(expected);
  }

  private static void await(ShardGroup group, Predicate<List<ShardStats>> condition, String what) {
    OfflineGateway.awaitTrue(
        () -> condition.test(group.stats()), () -> what + ": " + group.stats());
  }

  @Test
  void eachEventComesFromTheShardThatOwnsItsGuild() {
    try (ShardGroup group = ShardGroup.range(0, TOTAL, TOTAL, config()).start()) {
      assertThat(group.shards())
          .extracting(Shard::id)
          .containsExactly(
              new ShardId(0, TOTAL),
              new ShardId(1, TOTAL),
              new ShardId(2, TOTAL),
              new ShardId(3, 4));
      Iterator<ShardEvent> events = group.events(GUILDS_AND_MESSAGES).iterator();
      awaitEveryGuild(events);
      gateway.discord.awaitSessions(TOTAL, Duration.ofSeconds(30));
      eachMessageComesFromItsShard(events, List.of(0, 1, 2, 3));

      List<ShardStats> stats = group.stats();
      assertThat(stats).extracting(s -> s.shard().number()).containsExactly(0, 1, 2, 3);
      assertThat(stats)
          .allSatisfy(
              s -> {
                assertThat(s.state()).isEqualTo(ShardState.ACTIVE);
                assertThat(s.identifies()).isEqualTo(1);
                assertThat(s.connects()).isEqualTo(1);
              });
      assertThat(group.shard(2)).hasValueSatisfying(s -> assertThat(s.id().number()).isEqualTo(2));
      assertThat(group.shard(TOTAL)).isEmpty();
    }
  }

  @Test
  void closeEndsTheIterationAndEveryShard() throws InterruptedException {
    ShardGroup group = ShardGroup.range(0, TOTAL, TOTAL, config()).start();
    Iterator<ShardEvent> events = group.events(GUILDS_AND_MESSAGES).iterator();
    awaitEveryGuild(events);
    AtomicBoolean ended = new AtomicBoolean();
    Thread consumer =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (events.hasNext()) {
                    events.next();
                  }
                  ended.set(true);
                });
    group.close();
    consumer.join(Duration.ofSeconds(20));
    assertThat(ended).as("iteration ended").isTrue();
    assertThat(group.stats())
        .hasSize(TOTAL)
        .allSatisfy(s -> assertThat(s.state()).isEqualTo(ShardState.FATALLY_CLOSED));
    // Closing again is harmless, and the ended stream stays ended.
    group.close();
    assertThat(events.hasNext()).isFalse();
  }

  /** A group closed before anyone pulled from it (a shutdown hook, say) ends its iteration. */
  @Test
  void aGroupClosedBeforeItWasPulledEndsItsIterationAtOnce() throws Exception {
    ShardGroup group = ShardGroup.range(0, TOTAL, TOTAL, config());
    group.close();
    Iterable<ShardEvent> events = group.events(GUILDS_AND_MESSAGES);
    CompletableFuture<Boolean> hasNext =
        CompletableFuture.supplyAsync(
            () -> events.iterator().hasNext(), Executors.newVirtualThreadPerTaskExecutor());
    assertThat(hasNext.get(30, TimeUnit.SECONDS)).isFalse();
  }

  /**
   * Events waiting in the group are not counted in the saved sessions, so shards resumed from them
   * and pulled with {@link ShardGroup#of} get exactly what the program had not handled.
   */
  @Test
  void savedGroupSessionsResumeWithoutLossOrRepeats() {
    List<String> handled = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    Map<Integer, Session> saved;
    try (ShardGroup group = ShardGroup.range(0, 1, 1, config()).start()) {
      Iterator<ShardEvent> events =
          group.events(EventTypeFlags.of(EventType.MESSAGE_CREATE)).iterator();
      gateway.discord.awaitSessions(1, Duration.ofSeconds(30));
      List<String> said = gateway.say("handled", 2);
      expected.addAll(gateway.say("waiting", 3));
      while (handled.size() < 2) {
        handled.add(((MessageCreate) events.next().event()).content());
      }
      assertThat(handled).isEqualTo(said);
      // The other three arrived (after READY and five GUILD_CREATEs), and wait in the group.
      await(group, stats -> stats.getFirst().dispatches() >= 11, "messages received");
      saved = group.sessions();
      group.close(4000);
    }
    assertThat(saved).containsOnlyKeys(0);
    expected.addAll(gateway.say("meanwhile", 2));

    Shard resumed = Shard.resume(new ShardId(0, 1), config(), saved.get(0));
    try (ShardGroup group = ShardGroup.of(List.of(resumed))) {
      Iterator<ShardEvent> events =
          group.events(EventTypeFlags.of(EventType.MESSAGE_CREATE)).iterator();
      List<String> got = new ArrayList<>();
      gateway.discord.humanSays(gateway.discord.channelId(), OfflineGateway.END);
      while (true) {
        String content = ((MessageCreate) events.next().event()).content();
        if (content.equals(OfflineGateway.END)) {
          break;
        }
        got.add(content);
      }
      assertThat(got).containsExactlyElementsOf(expected);
      assertThat(resumed.stats().identifies()).isZero();
      assertThat(resumed.stats().resumes()).isEqualTo(1);
    }
  }

  @Test
  void ofRefusesTwoShardsWithOneId() {
    Config config = config();
    List<Shard> twins =
        List.of(Shard.create(new ShardId(0, 1), config), Shard.create(new ShardId(0, 1), config));
    assertThatThrownBy(() -> ShardGroup.of(twins)).isInstanceOf(IllegalArgumentException.class);
    twins.forEach(Shard::close);
  }

  @Test
  void aShardClosedFatallyEndsOnlyItsOwnPartOfTheStream() {
    try (ShardGroup group = ShardGroup.range(0, TOTAL, TOTAL, config()).start()) {
      Iterator<ShardEvent> events = group.events(GUILDS_AND_MESSAGES).iterator();
      awaitEveryGuild(events);
      gateway.discord.awaitSessions(TOTAL, Duration.ofSeconds(30));

      // 4004, authentication failed: Discord forbids reconnecting.
      assertThat(gateway.discord.gatewayFaults().close(2, 4004)).isEqualTo(1);
      Shard closed = group.shard(2).orElseThrow();
      await(
          group,
          stats -> stats.get(2).state() == ShardState.FATALLY_CLOSED,
          "shard 2 closed for good");
      assertThat(closed.fatalError())
          .hasValueSatisfying(e -> assertThat(e.getMessage()).contains("4004"));

      // The others go on, through the same iteration.
      eachMessageComesFromItsShard(events, List.of(0, 1, 3));
      assertThat(group.stats())
          .filteredOn(s -> s.shard().number() != 2)
          .allSatisfy(s -> assertThat(s.state()).isEqualTo(ShardState.ACTIVE));
      assertThat(closed.stats().connects()).isEqualTo(1);
    }
  }

  @Test
  void bucketTakesEveryShardOfOneIdentifyBucket() {
    try (ShardGroup group = ShardGroup.bucket(1, 2, TOTAL, config())) {
      assertThat(group.shards())
          .extracting(Shard::id)
          .containsExactly(new ShardId(1, TOTAL), new ShardId(3, TOTAL));
    }
    try (ShardGroup group = ShardGroup.bucket(0, 4, 10, config())) {
      assertThat(group.shards()).extracting(s -> s.id().number()).containsExactly(0, 4, 8);
    }
  }

  @Test
  void recommendedRunsEveryShardDiscordNamesAtItsUrl() {
    URI url = gateway.discord.gatewayUrl();
    BotConnectionInfo info =
        new BotConnectionInfo(url.toString(), 3, new SessionStartLimit(1000, 1000, 0, 1));
    // The config names another URL: the one Discord names wins.
    Config config =
        gateway
            .config(Compression.NONE)
            .gatewayUrl(URI.create("ws://127.0.0.1:9/elsewhere"))
            .build();
    try (ShardGroup group = ShardGroup.recommended(info, config).start()) {
      assertThat(group.shards())
          .extracting(Shard::id)
          .containsExactly(new ShardId(0, 3), new ShardId(1, 3), new ShardId(2, 3));
      assertThat(group.shards())
          .allSatisfy(s -> assertThat(s.config().gatewayUrl()).isEqualTo(url));
      await(
          group,
          stats -> stats.stream().allMatch(s -> s.state() == ShardState.ACTIVE),
          "every shard active");
      assertThat(group.stats()).allSatisfy(s -> assertThat(s.identifies()).isEqualTo(1));
    }
  }

  @Test
  void factoriesRejectShardsThatDoNotExist() {
    Config config = config();
    for (int[] range : new int[][] {{2, 2, 4}, {3, 1, 4}, {-1, 2, 4}, {0, 5, 4}, {0, 0, 0}}) {
      assertThatThrownBy(() -> ShardGroup.range(range[0], range[1], range[2], config))
          .as("range %d to %d of %d", range[0], range[1], range[2])
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (int[] bucket : new int[][] {{2, 2, 4}, {-1, 2, 4}, {0, 0, 4}, {4, 8, 4}}) {
      assertThatThrownBy(() -> ShardGroup.bucket(bucket[0], bucket[1], bucket[2], config))
          .as("bucket %d of %d below %d", bucket[0], bucket[1], bucket[2])
          .isInstanceOf(IllegalArgumentException.class);
    }
    BotConnectionInfo none =
        new BotConnectionInfo(
            gateway.discord.gatewayUrl().toString(), 0, new SessionStartLimit(1000, 1000, 0, 1));
    assertThatThrownBy(() -> ShardGroup.recommended(none, config))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
