package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * A prepared load run: generated and compressed first, then sent in one go, complete and in order.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PreparedLoadTest {

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

  GatewayClient ready(Compression compression) {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression);
    client.identifyAndSkipToGuildCreate(discord.botToken(), LoadModeTest.ALL_LOAD_INTENTS);
    discord.awaitSessions(1, GatewayClient.WAIT);
    return client;
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void aPreparedRunArrivesCompleteInOrderWithCorrectCounts(Compression compression) {
    int count = 5_000;
    try (GatewayClient client = ready(compression)) {
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
    try (GatewayClient client = ready(Compression.ZLIB_STREAM)) {
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
    try (GatewayClient client = ready(Compression.NONE)) {
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
