package dev.gloam.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.model.gateway.CloseCode;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.HeartbeatAck;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.WireEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Shards against the offline Discord's gateway, over real WebSockets. */
@Timeout(60)
class ShardTest {
  private static final Intents INTENTS =
      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT);

  private OfflineDiscord discord;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().heartbeatInterval(Duration.ofMillis(300)).start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  private Shard shard(Compression compression) {
    return Shard.create(
        ShardId.ONE,
        Config.builder(discord.botToken(), INTENTS)
            .gatewayUrl(discord.gatewayUrl())
            .compression(compression)
            .build());
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void connectsIdentifiesAndYieldsTypedEvents(Compression compression) {
    try (Shard shard = shard(compression)) {
      assertThat(shard.state()).isEqualTo(ShardState.DISCONNECTED);
      Event hello = shard.nextEvent(EventTypeFlags.all());
      assertThat(hello)
          .isInstanceOfSatisfying(
              Hello.class, h -> assertThat(h.heartbeatInterval()).isEqualTo(300));

      Ready ready = (Ready) shard.nextEvent(EventTypeFlags.of(EventType.READY));
      assertThat(ready.user().id().value()).isEqualTo(discord.botUserId());
      assertThat(ready.shard()).contains(ShardId.ONE);
      assertThat(shard.state()).isEqualTo(ShardState.ACTIVE);
      assertThat(shard.session())
          .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(ready.sessionId()));

      GuildCreate guild = (GuildCreate) shard.nextEvent(EventTypeFlags.of(EventType.GUILD_CREATE));
      assertThat(guild.id().value()).isEqualTo(discord.guildId());

      discord.humanSays(discord.channelId(), "hello shard");
      MessageCreate message =
          (MessageCreate) shard.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE));
      assertThat(message.content()).isEqualTo("hello shard");
      assertThat(message.author().id().value()).isEqualTo(discord.humanUserId());
      assertThat(message.channelId().value()).isEqualTo(discord.channelId());
    }
  }

  @Test
  void identifiesOnceWithTheShardAndIntentsAndNeverLeaksTheToken() {
    try (Shard shard = shard(Compression.ZLIB_STREAM)) {
      shard.nextEvent(EventTypeFlags.of(EventType.READY));
    }
    List<WireEvent> identifies =
        discord.wireLog().stream().filter(e -> e.summary().startsWith("IDENTIFY")).toList();
    assertThat(identifies).hasSize(1);
    assertThat(identifies.getFirst().body())
        .contains("\"intents\":" + INTENTS.bits(), "\"shard\":[0,1]");
    assertThat(discord.wireLog())
        .allSatisfy(e -> assertThat(e.body()).doesNotContain(discord.botToken()));
  }

  @Test
  void heartbeatsAreSentAndAcknowledgedWhileTheProgramPullsNothingElse() {
    try (Shard shard = shard(Compression.ZLIB_STREAM)) {
      // Only ACKs are asked for: HELLO, READY and GUILD_CREATE are skipped unparsed.
      Event first = shard.nextEvent(EventTypeFlags.of(EventType.GATEWAY_HEARTBEAT_ACK));
      Event second = shard.nextEvent(EventTypeFlags.of(EventType.GATEWAY_HEARTBEAT_ACK));
      assertThat(first).isInstanceOf(HeartbeatAck.class);
      assertThat(second).isInstanceOf(HeartbeatAck.class);
    }
    List<WireEvent> beats =
        discord.wireLog().stream()
            .filter(e -> e.direction() == WireEvent.Direction.TO_DISCORD)
            .filter(e -> e.summary().startsWith("HEARTBEAT"))
            .toList();
    assertThat(beats).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aWrongTokenClosesTheShardForGood() {
    Shard shard =
        Shard.create(
            ShardId.ONE,
            Config.builder("not-the-token", INTENTS).gatewayUrl(discord.gatewayUrl()).build());
    try (shard) {
      List<Event> events = new ArrayList<>();
      shard.events(EventTypeFlags.all()).forEach(events::add);
      assertThat(events).singleElement().isInstanceOf(Hello.class);
      assertThat(shard.state()).isEqualTo(ShardState.FATALLY_CLOSED);
      GatewayException error = shard.fatalError().orElseThrow();
      assertThat(error.isFatal()).isTrue();
      assertThat(error.closeCode()).contains(CloseCode.AUTHENTICATION_FAILED);
      assertThat(error.getMessage()).contains("4004").doesNotContain("not-the-token");
      assertThatThrownBy(() -> shard.nextEvent(EventTypeFlags.all())).isSameAs(error);
    }
  }

  @Test
  void closeEndsTheEventsOfAPullingThreadAndStopsTheThreads() throws Exception {
    Shard shard = shard(Compression.ZLIB_STREAM);
    CompletableFuture<Integer> pulled = new CompletableFuture<>();
    Thread.ofVirtual()
        .start(
            () -> {
              int count = 0;
              for (Event ignored :
                  shard.events(EventTypeFlags.of(EventType.GATEWAY_HEARTBEAT_ACK))) {
                count++;
              }
              pulled.complete(count);
            });
    discord.awaitSessions(1, Duration.ofSeconds(30));
    shard.close();
    // The pulling loop ends (a timeout here fails the test).
    pulled.get(30, TimeUnit.SECONDS);
    assertThat(shard.state()).isEqualTo(ShardState.FATALLY_CLOSED);
    assertThat(shard.fatalError()).isEmpty();
    assertThatThrownBy(() -> shard.nextEvent(EventTypeFlags.all()))
        .isInstanceOfSatisfying(
            GatewayException.class,
            e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.SHARD_CLOSED));
  }

  @Test
  void closeSendsACloseFrame() throws InterruptedException {
    CountDownLatch closeFrame = new CountDownLatch(1);
    discord.onWire(
        e -> {
          if (e.direction() == WireEvent.Direction.TO_DISCORD
              && e.summary().startsWith("CLOSE 1000")) {
            closeFrame.countDown();
          }
        });
    try (Shard shard = shard(Compression.ZLIB_STREAM)) {
      shard.nextEvent(EventTypeFlags.of(EventType.READY));
    }
    assertThat(closeFrame.await(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void interruptingThePullingThreadEndsItsIterationButNotTheShard() throws Exception {
    try (Shard shard = shard(Compression.ZLIB_STREAM)) {
      CompletableFuture<Boolean> ended = new CompletableFuture<>();
      Thread puller =
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (Event ignored :
                        shard.events(EventTypeFlags.of(EventType.MESSAGE_CREATE))) {
                      // No message is sent: the loop only ends through the interrupt.
                    }
                    ended.complete(Thread.currentThread().isInterrupted());
                  });
      discord.awaitSessions(1, Duration.ofSeconds(30));
      puller.interrupt();
      assertThat(ended.get(30, TimeUnit.SECONDS)).as("interrupt flag kept").isTrue();
      assertThat(shard.state()).isNotEqualTo(ShardState.FATALLY_CLOSED);

      discord.humanSays(discord.channelId(), "still there");
      MessageCreate message =
          (MessageCreate) shard.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE));
      assertThat(message.content()).isEqualTo("still there");
    }
  }

  @Test
  void configRejectsBadInput() {
    assertThatThrownBy(() -> Config.builder(" ", INTENTS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Config.builder("t", INTENTS).gatewayUrl(java.net.URI.create("http://x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Config.builder("t", INTENTS).largeThreshold(251))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Config.builder("secret", INTENTS).build().toString()).doesNotContain("secret");
  }
}
