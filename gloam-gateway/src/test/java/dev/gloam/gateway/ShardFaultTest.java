package dev.gloam.gateway;

import static dev.gloam.gateway.OfflineGateway.await;
import static dev.gloam.gateway.OfflineGateway.awaitReady;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.gateway.compression.Compression;
import dev.gloam.model.gateway.CloseCode;
import dev.gloam.model.gateway.event.EventType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.testkit.GatewayFaults;
import dev.gloam.testkit.LoadEvent;
import dev.gloam.testkit.LoadPlan;
import dev.gloam.testkit.LoadRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per fault Discord (or the network) can throw at a shard, over real sockets against the
 * offline Discord, with both transport compressions. Each asserts what the shard does and that the
 * program receives every dispatch once, in order.
 */
@Timeout(90)
class ShardFaultTest {
  private OfflineGateway gateway;

  @BeforeEach
  void start() {
    gateway = new OfflineGateway();
  }

  @AfterEach
  void stop() {
    gateway.close();
  }

  private GatewayFaults faults() {
    return gateway.discord.gatewayFaults();
  }

  /**
   * Says messages before and right after a fault, waits for the resume, says more, and checks that
   * every message arrived once, in order, with no new session.
   */
  private List<GatewayException> resumesWithoutLoss(
      Compression compression, ToIntFunction<GatewayFaults> fault) {
    try (Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      List<String> expected = new ArrayList<>(gateway.say("before", 3));
      assertThat(fault.applyAsInt(faults())).as("connections hit").isEqualTo(1);
      expected.addAll(gateway.say("during", 3));
      await(shard, s -> s.resumes() == 1 && s.state() == ShardState.ACTIVE, "resumed");
      expected.addAll(gateway.say("after", 3));

      List<GatewayException> errors = new ArrayList<>();
      assertThat(gateway.collectUntilEnd(shard, errors)).containsExactlyElementsOf(expected);
      ShardStats stats = shard.stats();
      assertThat(stats.identifies()).isEqualTo(1);
      assertThat(stats.connects()).isEqualTo(2);
      assertThat(stats.sequenceGaps()).isZero();
      assertThat(errors).allSatisfy(e -> assertThat(e.isFatal()).isFalse());
      assertThat(errors)
          .noneSatisfy(e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.SEQUENCE_GAP));
      return errors;
    }
  }

  /** What a shard reported, and its stats, after a fault it rides out on its one connection. */
  private record Outcome(List<GatewayException> errors, ShardStats stats) {}

  /**
   * Says messages before and after a fault that the shard should skip without reconnecting, and
   * checks that every message arrived once, in order, on the one connection.
   */
  private Outcome staysConnected(Compression compression, ToIntFunction<GatewayFaults> fault) {
    try (Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      List<String> expected = new ArrayList<>(gateway.say("before", 2));
      assertThat(fault.applyAsInt(faults())).as("connections hit").isEqualTo(1);
      expected.addAll(gateway.say("after", 2));
      List<GatewayException> errors = new ArrayList<>();
      assertThat(gateway.collectUntilEnd(shard, errors)).containsExactlyElementsOf(expected);
      ShardStats stats = shard.stats();
      assertThat(stats.connects()).isEqualTo(1);
      return new Outcome(errors, stats);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aZombieConnectionIsLeftAndResumed(Compression compression) {
    List<GatewayException> errors = resumesWithoutLoss(compression, f -> f.stopHeartbeatAcks(0));
    assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("no heartbeat ACK"));
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aDroppedTcpConnectionIsResumed(Compression compression) {
    List<GatewayException> errors = resumesWithoutLoss(compression, f -> f.dropConnection(0));
    assertThat(errors)
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.CLOSED));
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void reconnectIsResumedQuietly(Compression compression) {
    assertThat(resumesWithoutLoss(compression, f -> f.sendReconnect(0))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aResumableInvalidSessionIsResumed(Compression compression) {
    assertThat(resumesWithoutLoss(compression, f -> f.sendInvalidSession(0, true))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aCorruptCompressedFrameCostsTheConnectionAndIsResumed(Compression compression) {
    List<GatewayException> errors = resumesWithoutLoss(compression, f -> f.sendCorruptFrame(0));
    assertThat(errors)
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(GatewayException.Kind.DECODE));
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aNonResumableInvalidSessionStartsANewSession(Compression compression) {
    try (Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      String firstSession = shard.session().orElseThrow().id();
      List<String> expected = new ArrayList<>(gateway.say("before", 3));
      // The old session's last dispatch must be in before the session ends, or it is gone.
      await(shard, s -> s.dispatches() >= 5, "messages received");
      assertThat(faults().sendInvalidSession(0, false)).isEqualTo(1);
      await(shard, s -> s.identifies() == 2 && s.state() == ShardState.ACTIVE, "identified");
      expected.addAll(gateway.say("after", 3));

      List<GatewayException> errors = new ArrayList<>();
      assertThat(gateway.collectUntilEnd(shard, errors)).containsExactlyElementsOf(expected);
      assertThat(errors).isEmpty();
      assertThat(shard.session().orElseThrow().id()).isNotEqualTo(firstSession);
      assertThat(shard.stats().resumes()).isZero();
    }
  }

  static Stream<Arguments> closeCodes() {
    return Stream.of(Compression.ZLIB_STREAM, Compression.ZSTD_STREAM)
        .flatMap(
            compression ->
                Stream.of(
                        4000, 4001, 4002, 4003, 4004, 4005, 4007, 4008, 4009, 4010, 4011, 4012,
                        4013, 4014)
                    .map(code -> Arguments.of(compression, code)));
  }

  @ParameterizedTest(name = "{0} close {1}")
  @MethodSource("closeCodes")
  void eachCloseCodeIsFollowedAsDiscordDocumentsIt(Compression compression, int code) {
    CloseCode closeCode = CloseCode.of(code);
    try (Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      List<String> expected = new ArrayList<>(gateway.say("before", 3));
      await(shard, s -> s.dispatches() >= 5, "messages received");
      assertThat(faults().close(0, code)).isEqualTo(1);
      List<GatewayException> errors = new ArrayList<>();
      if (!closeCode.canReconnect()) {
        // Fatal: the stream ends with a clear error after what came before.
        assertThat(gateway.collectUntilEnd(shard, errors)).containsExactlyElementsOf(expected);
        assertThat(errors).hasSize(1);
        GatewayException fatal = errors.getFirst();
        assertThat(fatal.isFatal()).isTrue();
        assertThat(fatal.closeCode()).contains(closeCode);
        assertThat(fatal.getMessage()).contains(String.valueOf(code), "forbids reconnecting");
        assertThat(shard.state()).isEqualTo(ShardState.FATALLY_CLOSED);
        assertThat(shard.fatalError()).containsSame(fatal);
        assertThat(shard.stats().connects()).isEqualTo(1);
        return;
      }
      boolean newSession = code == 4007 || code == 4009;
      if (newSession) {
        await(shard, s -> s.identifies() == 2 && s.state() == ShardState.ACTIVE, "identified");
      } else {
        await(shard, s -> s.resumes() == 1 && s.state() == ShardState.ACTIVE, "resumed");
      }
      expected.addAll(gateway.say("after", 3));
      assertThat(gateway.collectUntilEnd(shard, errors)).containsExactlyElementsOf(expected);
      assertThat(errors)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.isFatal()).isFalse();
                assertThat(e.closeCode()).contains(closeCode);
              });
      assertThat(shard.stats().identifies()).isEqualTo(newSession ? 2 : 1);
      assertThat(shard.stats().resumes()).isEqualTo(newSession ? 0 : 1);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aLostDispatchIsReportedAsAGapAndTheStreamGoesOn(Compression compression) {
    Outcome outcome = staysConnected(compression, f -> f.loseDispatch(0));
    assertThat(outcome.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(GatewayException.Kind.SEQUENCE_GAP);
              assertThat(e.isFatal()).isFalse();
              assertThat(e.getMessage()).contains("never arrived");
            });
    assertThat(outcome.stats().sequenceGaps()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void malformedJsonIsReportedAndSkippedOnTheSameConnection(Compression compression) {
    Outcome outcome = staysConnected(compression, f -> f.sendMalformedJson(0));
    assertThat(outcome.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(GatewayException.Kind.DECODE);
              assertThat(e.isFatal()).isFalse();
            });
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void unknownOpcodesAndEventsAreSkippedAndTheShardStaysUp(Compression compression) {
    Outcome outcome =
        staysConnected(
            compression,
            f -> {
              assertThat(f.sendUnknownOpcode(0)).isEqualTo(1);
              return f.dispatchUnknownEvent(0);
            });
    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.stats().sequenceGaps()).isZero();
    assertThat(outcome.stats().state()).isEqualTo(ShardState.ACTIVE);
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void unknownPayloadsStillReachRawPulls(Compression compression) {
    try (Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      faults().sendUnknownOpcode(0);
      faults().dispatchUnknownEvent(0);
      boolean opcode = false;
      boolean event = false;
      for (int i = 0; i < 200 && !(opcode && event); i++) {
        String raw = shard.nextMessage();
        opcode |= raw.contains("\"op\":42");
        event |= raw.contains("\"t\":\"GLOAM_FUTURE_EVENT\"");
      }
      assertThat(opcode).as("op 42 pulled raw").isTrue();
      assertThat(event).as("unknown dispatch pulled raw").isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"ZLIB_STREAM", "ZSTD_STREAM"})
  void aDropInTheMiddleOfAnEventStreamLosesAndRepeatsNothing(Compression compression)
      throws InterruptedException {
    try (Shard shard = gateway.shard(compression)) {
      awaitReady(shard);
      gateway.discord.awaitSessions(1, Duration.ofSeconds(30));
      LoadRun run =
          gateway
              .discord
              .load()
              .start(LoadPlan.events(3000).only(LoadEvent.MESSAGE_CREATE).atRate(3000));
      // Pull part of the stream, then cut the connection while the rest is still coming.
      int received = 0;
      while (received < 600) {
        if (shard.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE)) instanceof MessageCreate) {
          received++;
        }
      }
      assertThat(faults().dropConnection(0)).isEqualTo(1);
      assertThat(run.await(Duration.ofSeconds(60))).as("load run ended").isTrue();
      long expected = run.sent();
      List<GatewayException> errors = new ArrayList<>();
      while (received < expected) {
        try {
          shard.nextEvent(EventTypeFlags.of(EventType.MESSAGE_CREATE));
          received++;
        } catch (GatewayException e) {
          errors.add(e);
        }
      }
      // Every dispatch once: the count matches, nothing was skipped, and nothing more arrives.
      List<String> tail = gateway.collectUntilEnd(shard, errors);
      assertThat(tail).isEmpty();
      assertThat(received).isEqualTo(expected);
      assertThat(shard.stats().sequenceGaps()).isZero();
      assertThat(shard.stats().resumes()).isEqualTo(1);
      assertThat(errors).allSatisfy(e -> assertThat(e.isFatal()).isFalse());
    }
  }
}
