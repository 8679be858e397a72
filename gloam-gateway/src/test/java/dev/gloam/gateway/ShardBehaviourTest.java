package dev.gloam.gateway;

import static dev.gloam.gateway.OfflineGateway.await;
import static dev.gloam.gateway.OfflineGateway.awaitReady;
import static dev.gloam.gateway.OfflineGateway.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.model.gateway.command.Heartbeat;
import dev.gloam.model.gateway.command.RequestSoundboardSounds;
import dev.gloam.model.gateway.command.UpdatePresence;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.LoadEvent;
import dev.gloam.testkit.LoadPlan;
import dev.gloam.testkit.LoadRun;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.WireEvent;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sending commands, saving and resuming sessions, and slow programs, against the testkit. */
@Timeout(120)
class ShardBehaviourTest {

  private static long sentToDiscord(OfflineDiscord discord, String summaryStart) {
    return discord.wireLog().stream()
        .filter(e -> e.direction() == WireEvent.Direction.TO_DISCORD)
        .filter(e -> e.summary().startsWith(summaryStart))
        .count();
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aBurstOf500CommandsFromManyThreadsNeverGetsTheConnectionClosed(Compression compression)
      throws Exception {
    // The testkit is strict: more than 120 payloads in 2 s (heartbeats included) close with 4008.
    // The shard keeps to the same limit, so the burst takes a few windows instead of minutes.
    try (OfflineGateway gateway = new OfflineGateway();
        Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      var guild = Id.of(gateway.discord.guildId());
      List<CompletableFuture<Void>> senders = new ArrayList<>();
      for (int t = 0; t < 5; t++) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        senders.add(done);
        Thread.ofVirtual()
            .start(
                () -> {
                  try {
                    for (int i = 0; i < 100; i++) {
                      if (i % 5 == 0) {
                        shard.sender().command(new RequestSoundboardSounds(List.of(guild.cast())));
                      } else {
                        shard
                            .sender()
                            .command(UpdatePresence.of(i % 2 == 0 ? Status.ONLINE : Status.IDLE));
                      }
                    }
                    done.complete(null);
                  } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                  }
                });
      }
      CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
      // The testkit answered every soundboard request, on the same connection.
      int answers = 0;
      while (answers < 100) {
        shard.nextEvent(EventTypeFlags.of(EventType.SOUNDBOARD_SOUNDS));
        answers++;
      }
      // A presence update sent after the last soundboard request may still be on its way.
      awaitTrue(
          () -> sentToDiscord(gateway.discord, "PRESENCE_UPDATE") >= 400,
          () -> "the testkit received all 400 presence updates");
      assertThat(sentToDiscord(gateway.discord, "PRESENCE_UPDATE")).isEqualTo(400);
      assertThat(sentToDiscord(gateway.discord, "REQUEST_SOUNDBOARD_SOUNDS")).isEqualTo(100);
      assertThat(gateway.discord.wireLog())
          .noneSatisfy(e -> assertThat(e.summary()).contains("4008"));
      assertThat(shard.stats().connects()).isEqualTo(1);
      assertThat(shard.stats().state()).isEqualTo(ShardState.ACTIVE);
    }
  }

  @Test
  void theShardsOwnPayloadsCannotBeSentAsCommands() {
    try (OfflineGateway gateway = new OfflineGateway();
        Shard shard = gateway.shard(Compression.ZLIB_STREAM)) {
      assertThatThrownBy(() -> shard.sender().command(new Heartbeat(1L)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> shard.sender().send("[1]"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> shard.close(1234)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aRawCommandIsSentAsItIs() {
    try (OfflineGateway gateway = new OfflineGateway();
        Shard shard = gateway.shard(Compression.ZLIB_STREAM)) {
      awaitReady(shard);
      shard
          .sender()
          .send(
              "{\"op\":3,\"d\":{\"since\":null,\"activities\":[],\"status\":\"dnd\","
                  + "\"afk\":false}}");
      await(
          shard,
          s -> sentToDiscord(gateway.discord, "PRESENCE_UPDATE") == 1,
          "presence update received by the testkit");
    }
  }

  @Test
  void commandsWaitingWhenTheShardEndsFailWithAFatalError() throws Exception {
    try (OfflineGateway gateway = new OfflineGateway()) {
      Shard shard = gateway.shard(Compression.ZLIB_STREAM);
      CompletableFuture<GatewayException> failure = new CompletableFuture<>();
      // Never started, so the command waits for a connection that the close then rules out.
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  shard.sender().command(UpdatePresence.of(Status.IDLE));
                  failure.complete(null);
                } catch (GatewayException e) {
                  failure.complete(e);
                }
              });
      gateway.discord.awaitSessions(1, Duration.ofSeconds(30));
      shard.close();
      GatewayException error = failure.get(30, TimeUnit.SECONDS);
      if (error != null) {
        assertThat(error.isFatal()).isTrue();
        assertThat(error.kind()).isEqualTo(GatewayException.Kind.SHARD_CLOSED);
      } else {
        // The command got through before the close: then the testkit sees it, once.
        awaitTrue(
            () -> sentToDiscord(gateway.discord, "PRESENCE_UPDATE") >= 1,
            () -> "the testkit received the presence update");
        assertThat(sentToDiscord(gateway.discord, "PRESENCE_UPDATE")).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aSavedSessionIsResumedByANewShardWithoutLossOrRepeats(Compression compression) {
    try (OfflineGateway gateway = new OfflineGateway()) {
      Config config = gateway.config(compression).build();
      List<String> pulledByFirst = new ArrayList<>();
      List<String> expected = new ArrayList<>();
      String savedId;
      long savedSequence;
      String savedUrl;
      try (Shard first = Shard.create(ShardId.ONE, config)) {
        awaitReady(first);
        List<String> said = gateway.say("first", 3);
        while (pulledByFirst.size() < 3) {
          pulledByFirst.add(
              ((MessageCreate) first.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE)))
                  .content());
        }
        assertThat(pulledByFirst).isEqualTo(said);
        // Received by the first shard but never pulled: the new shard must get them.
        expected.addAll(gateway.say("unpulled", 2));
        await(first, s -> s.dispatches() >= 7, "unpulled messages received");
        Session session = first.session().orElseThrow();
        // Saved as plain values, as a program would write them to a file or a store.
        savedId = session.id();
        savedSequence = session.sequence();
        savedUrl = session.resumeUrl().toString();
        first.close(4000);
      }
      expected.addAll(gateway.say("between", 3));

      Session restored = new Session(savedId, savedSequence, URI.create(savedUrl));
      try (Shard second = Shard.resume(ShardId.ONE, config, restored)) {
        List<GatewayException> errors = new ArrayList<>();
        assertThat(gateway.collectUntilEnd(second, errors)).containsExactlyElementsOf(expected);
        assertThat(errors).isEmpty();
        ShardStats stats = second.stats();
        assertThat(stats.identifies()).isZero();
        assertThat(stats.resumes()).isEqualTo(1);
        assertThat(second.session().orElseThrow().id()).isEqualTo(savedId);
      }
    }
  }

  @Test
  void aSessionThatIsGoneMakesTheNewShardIdentify() {
    try (OfflineGateway gateway = new OfflineGateway()) {
      Config config = gateway.config(Compression.ZLIB_STREAM).build();
      Session stale;
      try (Shard first = Shard.create(ShardId.ONE, config)) {
        awaitReady(first);
        stale = first.session().orElseThrow();
      } // close() with 1000 ends the session at Discord
      try (Shard second = Shard.resume(ShardId.ONE, config, stale).start()) {
        List<String> expected = new ArrayList<>();
        await(second, s -> s.identifies() == 1 && s.state() == ShardState.ACTIVE, "identified");
        expected.addAll(gateway.say("fresh", 2));
        List<GatewayException> errors = new ArrayList<>();
        assertThat(gateway.collectUntilEnd(second, errors)).containsExactlyElementsOf(expected);
        assertThat(second.session().orElseThrow().id()).isNotEqualTo(stale.id());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aSlowConsumerDoesNotStopTheHeartbeats(Compression compression) throws InterruptedException {
    try (OfflineGateway gateway = new OfflineGateway();
        Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      List<String> expected = gateway.say("slow", 5);
      List<String> got = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        got.add(
            ((MessageCreate) shard.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE)))
                .content());
        // A handler that takes longer than a heartbeat interval for each event.
        Thread.sleep(OfflineGateway.HEARTBEAT.toMillis() + 200);
      }
      assertThat(got).isEqualTo(expected);
      ShardStats stats = shard.stats();
      assertThat(stats.connects()).as("never reconnected").isEqualTo(1);
      // Heartbeats were sent and acknowledged while the program slept.
      assertThat(stats.recentLatencies()).hasSize(5);
      assertThat(
              gateway.discord.wireLog().stream()
                  .filter(e -> e.summary().startsWith("HEARTBEAT_ACK"))
                  .count())
          .isGreaterThanOrEqualTo(5);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aBacklogParsedAheadByTheReaderComesOutWholeAndInOrder(Compression compression) {
    try (OfflineGateway gateway = new OfflineGateway();
        Shard shard = gateway.shard(compression)) {
      EventTypeFlags messages = EventTypeFlags.of(EventType.MESSAGE_CREATE);
      awaitReady(shard);
      gateway.discord.awaitSessions(1, Duration.ofSeconds(30));
      // One pull tells the shard what the program wants; then the program stops pulling while
      // 3,000 messages arrive, so the reader finds a backlog and parses part of it ahead.
      gateway.discord.humanSays(gateway.discord.channelId(), "first");
      assertThat(((MessageCreate) shard.nextEvent(messages)).content()).isEqualTo("first");
      LoadRun run =
          gateway.discord.load().start(LoadPlan.events(3000).only(LoadEvent.MESSAGE_CREATE));
      assertThat(run.await(Duration.ofSeconds(60))).isTrue();
      long expected = run.sent();
      await(shard, s -> s.queued() >= expected, "the run received");

      long previousId = 0;
      for (int i = 0; i < expected; i++) {
        MessageCreate message = (MessageCreate) shard.nextEvent(messages);
        // Load messages get ascending snowflakes in the order they are sent.
        assertThat(message.message().id().value()).isGreaterThan(previousId);
        previousId = message.message().id().value();
      }
      List<GatewayException> errors = new ArrayList<>();
      assertThat(gateway.collectUntilEnd(shard, errors)).isEmpty();
      assertThat(errors).isEmpty();
      assertThat(shard.stats().sequenceGaps()).isZero();
    }
  }

  @Test
  void statsCountTrafficAndCompression() {
    try (OfflineGateway gateway = new OfflineGateway();
        Shard shard = gateway.shard(Compression.ZLIB_STREAM)) {
      awaitReady(shard);
      IntStream.range(0, 3)
          .forEach(i -> gateway.discord.humanSays(gateway.discord.channelId(), "x"));
      await(shard, s -> s.dispatches() >= 5, "messages received");
      ShardStats stats = shard.stats();
      assertThat(stats.bytesReceived()).isPositive();
      assertThat(stats.bytesInflated()).isGreaterThan(stats.bytesReceived());
      assertThat(stats.compressionRatio()).isGreaterThan(1);
      assertThat(stats.payloads()).isGreaterThanOrEqualTo(stats.dispatches());
      assertThat(stats.commandsAvailable()).isPositive();
      assertThat(stats.queued()).isPositive();
      assertThat(stats.shard()).isEqualTo(ShardId.ONE);
    }
  }
}
