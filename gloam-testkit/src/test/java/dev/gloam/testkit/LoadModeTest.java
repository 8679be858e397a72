package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The load mode: complete, ordered, numbered, filtered by intents, stoppable and resumable. */
class LoadModeTest {

  // GUILDS, GUILD_MEMBERS, GUILD_PRESENCES, GUILD_MESSAGES, reactions, typing, MESSAGE_CONTENT.
  static final long ALL_LOAD_INTENTS = 1 | 1 << 1 | 1 << 8 | 1 << 9 | 1 << 10 | 1 << 11 | 1 << 15;

  static final Duration WAIT = Duration.ofSeconds(30);

  OfflineDiscord discord;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
    discord.world().addMember("alice");
    discord.world().addMember("bob");
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  /** Connects, identifies and reads READY and GUILD_CREATE (sequence numbers 1 and 2). */
  GatewayClient ready(Compression compression, long intents) {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression);
    client.identifyAndSkipToGuildCreate(discord.botToken(), intents);
    discord.awaitSessions(1, GatewayClient.WAIT);
    return client;
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void aFullSpeedRunArrivesCompleteInOrderWithConsecutiveSequenceNumbers(Compression compression) {
    int count = 20_000;
    try (GatewayClient client = ready(compression, ALL_LOAD_INTENTS)) {
      LoadRun run = discord.load().start(LoadPlan.events(count));
      assertThat(run.await(WAIT)).isTrue();
      assertThat(run.events()).isEqualTo(count);
      assertThat(run.sent()).isEqualTo(count);

      Map<LoadEvent, Long> seen = new EnumMap<>(LoadEvent.class);
      Set<String> messageIds = new HashSet<>();
      String guild = Long.toUnsignedString(discord.guildId());
      String channel = Long.toUnsignedString(discord.channelId());
      Set<String> humans = humanIds();
      for (int i = 0; i < count; i++) {
        JsonNode payload = client.next();
        assertThat(payload.path("op").asInt()).isZero();
        assertThat(payload.path("s").asLong()).isEqualTo(3 + i);
        LoadEvent type = LoadEvent.valueOf(payload.path("t").asString());
        seen.merge(type, 1L, Long::sum);
        JsonNode d = payload.path("d");
        assertThat(d.path("guild_id").asString()).isEqualTo(guild);
        switch (type) {
          case MESSAGE_CREATE -> {
            assertThat(d.path("channel_id").asString()).isEqualTo(channel);
            assertThat(d.path("content").asString()).isNotEmpty();
            assertThat(humans).contains(d.path("author").path("id").asString());
            assertThat(d.path("member").path("joined_at").isString()).isTrue();
            assertThat(messageIds.add(d.path("id").asString())).isTrue();
          }
          case MESSAGE_REACTION_ADD -> {
            assertThat(messageIds).contains(d.path("message_id").asString());
            assertThat(humans).contains(d.path("user_id").asString());
            assertThat(d.path("emoji").path("name").asString()).isNotEmpty();
          }
          case TYPING_START -> {
            assertThat(humans).contains(d.path("user_id").asString());
            assertThat(d.path("timestamp").isIntegralNumber()).isTrue();
          }
          case PRESENCE_UPDATE -> {
            assertThat(humans).contains(d.path("user").path("id").asString());
            assertThat(d.path("status").asString()).isIn("online", "idle", "dnd", "offline");
          }
          case GUILD_MEMBER_UPDATE -> {
            assertThat(humans).contains(d.path("user").path("id").asString());
            assertThat(d.path("roles").isArray()).isTrue();
          }
        }
      }
      for (LoadEvent type : LoadEvent.values()) {
        assertThat(seen.getOrDefault(type, 0L)).as("%s", type).isEqualTo(run.events(type));
        assertThat(run.events(type)).as("%s", type).isPositive();
      }
      // Normal dispatches go on numbering after the load run.
      discord.humanSays(discord.channelId(), "after the load");
      assertThat(client.nextDispatch("MESSAGE_CREATE").path("s").asLong()).isEqualTo(3 + count);
    }
  }

  @Test
  void theWireLogGetsOneSummaryPerRunInsteadOfAnEntryPerEvent() {
    try (GatewayClient client = ready(Compression.NONE, ALL_LOAD_INTENTS)) {
      int before = discord.wireLog().size();
      LoadRun run = discord.load().start(LoadPlan.events(5_000).toShards(0));
      assertThat(run.await(WAIT)).isTrue();
      for (int i = 0; i < 5_000; i++) {
        client.next();
      }
      List<WireEvent> added = discord.wireLog().subList(before, discord.wireLog().size());
      assertThat(added).hasSize(1);
      assertThat(added.get(0).summary()).startsWith("LOAD 5000 events to shard 0 (5000 dispatches");
    }
  }

  @Test
  void aRateLimitedRunSendsTheRequestedCount() {
    try (GatewayClient client = ready(Compression.ZLIB_STREAM, ALL_LOAD_INTENTS)) {
      LoadRun run = discord.load().start(LoadPlan.events(60).atRate(400));
      assertThat(run.await(WAIT)).isTrue();
      assertThat(run.sent()).isEqualTo(60);
      for (int i = 0; i < 60; i++) {
        assertThat(client.next().path("s").asLong()).isEqualTo(3 + i);
      }
      assertThat(client.hasPending()).isFalse();
    }
  }

  @Test
  void intentsFilterLoadEventsAndMessageContentIsBlankedWithoutItsIntent() {
    // GUILDS and GUILD_MESSAGES only: no presences, typing, reactions, members or content.
    try (GatewayClient client = ready(Compression.NONE, 1 | 1 << 9)) {
      LoadRun run = discord.load().start(LoadPlan.events(3_000));
      assertThat(run.await(WAIT)).isTrue();
      long messages = run.events(LoadEvent.MESSAGE_CREATE);
      assertThat(messages).isPositive().isLessThan(3_000);
      assertThat(run.sent()).isEqualTo(messages);
      for (long i = 0; i < messages; i++) {
        JsonNode payload = client.nextDispatch("MESSAGE_CREATE");
        assertThat(payload.path("s").asLong()).isEqualTo(3 + i);
        assertThat(payload.path("d").path("content").asString()).isEmpty();
      }
      discord.humanSays(discord.channelId(), "marker");
      assertThat(client.nextDispatch("MESSAGE_CREATE").path("s").asLong()).isEqualTo(3 + messages);
    }
  }

  @Test
  void onlyChoosesTheTypesAndShardsChooseTheSessions() {
    try (GatewayClient client = ready(Compression.NONE, ALL_LOAD_INTENTS)) {
      assertThatThrownBy(() -> discord.load().start(LoadPlan.events(10).toShards(1)))
          .isInstanceOf(TestkitException.class)
          .hasMessageContaining("shards [1]");
      LoadRun run = discord.load().start(LoadPlan.events(500).only(LoadEvent.TYPING_START));
      assertThat(run.await(WAIT)).isTrue();
      for (int i = 0; i < 500; i++) {
        client.nextDispatch("TYPING_START");
      }
      assertThat(run.events(LoadEvent.TYPING_START)).isEqualTo(500);
    }
  }

  @Test
  void stopEndsARunAndEverythingSentArrives() {
    try (GatewayClient client = ready(Compression.NONE, ALL_LOAD_INTENTS)) {
      LoadRun run = discord.load().start(LoadPlan.lasting(Duration.ofMinutes(10)).atRate(2_000));
      for (int i = 0; i < 10; i++) {
        client.next();
      }
      run.stop();
      assertThat(run.await(WAIT)).isTrue();
      assertThat(run.isDone()).isTrue();
      long sent = run.sent();
      for (long i = 10; i < sent; i++) {
        assertThat(client.next().path("s").asLong()).isEqualTo(3 + i);
      }
      discord.humanSays(discord.channelId(), "after stop");
      assertThat(client.nextDispatch("MESSAGE_CREATE").path("s").asLong()).isEqualTo(3 + sent);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Compression.class,
      names = {"NONE", "ZLIB_STREAM"})
  void aResumeAfterALoadRunReplaysTheMissedLoadEventsAsFirstSent(Compression compression) {
    int count = 2_000;
    List<JsonNode> firstTime = new ArrayList<>();
    String sessionId;
    URI resumeUrl;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      first.next();
      first.identify(discord.botToken(), ALL_LOAD_INTENTS);
      JsonNode ready = first.nextDispatch("READY").path("d");
      sessionId = ready.path("session_id").asString();
      resumeUrl = URI.create(ready.path("resume_gateway_url").asString());
      first.nextDispatch("GUILD_CREATE");
      discord.awaitSessions(1, GatewayClient.WAIT);
      assertThat(discord.load().start(LoadPlan.events(count)).await(WAIT)).isTrue();
      for (int i = 0; i < count; i++) {
        firstTime.add(first.next());
      }
      assertThat(discord.gatewayFaults().dropConnection(0)).isEqualTo(1);
      first.awaitEnd();
    }
    // The client saw up to s=1002 before it lost the connection.
    long lastSeen = 1_002;
    try (GatewayClient second = GatewayClient.connect(resumeUrl, compression)) {
      second.next();
      second.resume(discord.botToken(), sessionId, lastSeen);
      for (long s = lastSeen + 1; s < 3 + count; s++) {
        assertThat(second.next()).isEqualTo(firstTime.get((int) (s - 3)));
      }
      assertThat(second.nextDispatch("RESUMED").path("s").asLong()).isEqualTo(3 + count);
    }
  }

  @Test
  void aResumeFromBeyondTheBufferAfterALoadRunIsInvalid() {
    discord.close();
    discord =
        OfflineDiscord.builder()
            .identifyConcurrency(1, Duration.ZERO)
            .resumeBufferSize(100)
            .start();
    String sessionId;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), Compression.NONE)) {
      first.next();
      first.identify(discord.botToken(), ALL_LOAD_INTENTS);
      sessionId = first.nextDispatch("READY").path("d").path("session_id").asString();
      first.nextDispatch("GUILD_CREATE");
      discord.awaitSessions(1, GatewayClient.WAIT);
      assertThat(discord.load().start(LoadPlan.events(500)).await(WAIT)).isTrue();
      discord.gatewayFaults().dropConnection(0);
      first.awaitEnd();
    }
    try (GatewayClient second = GatewayClient.connect(discord.gatewayUrl(), Compression.NONE)) {
      second.next();
      second.resume(discord.botToken(), sessionId, 2);
      JsonNode invalid = second.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").asBoolean()).isFalse();
    }
  }

  @Test
  void aLoadRunNeedsAReadySession() {
    assertThatThrownBy(() -> discord.load().start(LoadPlan.events(10)))
        .isInstanceOf(TestkitException.class)
        .hasMessageContaining("no ready gateway session");
  }

  private Set<String> humanIds() {
    Set<String> ids = new HashSet<>();
    discord.world().members().stream()
        .filter(member -> !member.user().bot())
        .forEach(member -> ids.add(Long.toUnsignedString(member.user().id())));
    return ids;
  }

  /**
   * A prepared load run: generated and compressed first, then sent in one go, complete and in
   * order.
   */
  @Nested
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  class PreparedRuns {
    @ParameterizedTest
    @EnumSource(Compression.class)
    void aPreparedRunArrivesCompleteInOrderWithCorrectCounts(Compression compression) {
      int count = 5_000;
      try (GatewayClient client = ready(compression, ALL_LOAD_INTENTS)) {
        LoadRun run = discord.load().start(LoadPlan.events(count).prepared());
        // A heartbeat while the run may be held: its ACK is not lost, it comes in order.
        client.send("{\"op\":1,\"d\":2}");
        assertThat(run.awaitReleased(WAIT)).isTrue();
        long releasedAt = run.releasedAtNanos();
        assertThat(releasedAt).isNotZero();
        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.events()).isEqualTo(count);
        assertThat(run.sent()).isEqualTo(count);
        assertThat(run.releasedAtNanos()).isEqualTo(releasedAt);

        Map<LoadEvent, Long> seen = new EnumMap<>(LoadEvent.class);
        int acks = 0;
        long expected = 3;
        while (expected < 3 + count) {
          JsonNode payload = client.next();
          if (payload.path("op").asInt() == 11) {
            acks++;
            continue;
          }
          assertThat(payload.path("op").asInt()).isZero();
          assertThat(payload.path("s").asLong()).isEqualTo(expected++);
          seen.merge(LoadEvent.valueOf(payload.path("t").asString()), 1L, Long::sum);
        }
        if (acks == 0) {
          assertThat(client.next().path("op").asInt()).isEqualTo(11);
        }
        for (LoadEvent type : LoadEvent.values()) {
          assertThat(seen.getOrDefault(type, 0L)).as("%s", type).isEqualTo(run.events(type));
        }
        // The connection is not held any more: later dispatches go out at once, numbered on.
        discord.humanSays(discord.channelId(), "after the load");
        assertThat(client.nextDispatch("MESSAGE_CREATE").path("s").asLong()).isEqualTo(3 + count);
      }
    }

    @Test
    void aPreparedRunLargerThanTheBackPressureLimitDoesNotDeadlock() {
      int count = 30_000;
      try (GatewayClient client = ready(Compression.ZLIB_STREAM, ALL_LOAD_INTENTS)) {
        LoadRun run = discord.load().start(LoadPlan.events(count).prepared());
        assertThat(run.await(WAIT)).isTrue();
        assertThat(run.sent()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
          assertThat(client.next().path("s").asLong()).isEqualTo(3 + i);
        }
      }
    }

    @Test
    void aRunThatIsNotPreparedIsReleasedWhenItStarts() {
      try (GatewayClient client = ready(Compression.NONE, ALL_LOAD_INTENTS)) {
        LoadRun run = discord.load().start(LoadPlan.events(100));
        assertThat(run.awaitReleased(WAIT)).isTrue();
        assertThat(run.releasedAtNanos()).isNotZero();
        assertThat(run.await(WAIT)).isTrue();
        for (int i = 0; i < 100; i++) {
          client.next();
        }
      }
    }

    @Test
    void onlyARunLimitedByItsCountCanBePrepared() {
      assertThat(LoadPlan.events(10).prepared().isPrepared()).isTrue();
      assertThat(LoadPlan.events(10).toShards(0).prepared().isPrepared()).isTrue();
      assertThat(LoadPlan.events(10).isPrepared()).isFalse();
      assertThatThrownBy(() -> LoadPlan.lasting(Duration.ofSeconds(1)).prepared())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("limited by its count");
      assertThatThrownBy(() -> LoadPlan.events(10).lastingAtMost(Duration.ofSeconds(1)).prepared())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("limited by its count");
      assertThatThrownBy(() -> LoadPlan.events(10).atRate(100).prepared())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("full speed");
      assertThatThrownBy(() -> LoadPlan.events(10).prepared().atRate(100))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> LoadPlan.events(10).prepared().lastingAtMost(Duration.ofSeconds(1)))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
