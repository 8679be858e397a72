package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import dev.gloam.testkit.support.GatewayClient.Received;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** The gateway faults of {@link GatewayFaults} and the server's heartbeat behaviour. */
class GatewayFaultsTest {

  static final long INTENTS = 1 | 1 << 9;

  OfflineDiscord discord;

  @BeforeEach
  void start() {
    discord =
        OfflineDiscord.builder()
            .heartbeatInterval(Duration.ofMillis(250))
            .identifyConcurrency(1, Duration.ZERO)
            .start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  GatewayClient ready(Compression compression) {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression);
    JsonNode hello = client.next();
    assertThat(hello.path("d").path("heartbeat_interval").asLong()).isEqualTo(250);
    client.identify(discord.botToken(), INTENTS);
    client.nextDispatch("READY");
    client.nextDispatch("GUILD_CREATE");
    return client;
  }

  private void awaitWire(String summary) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (discord.wireLog().stream().noneMatch(event -> event.summary().equals(summary))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the wire log never showed: " + summary);
      }
      LockSupport.parkNanos(1_000_000);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void heartbeatRequestAndZombieConnection(Compression compression) {
    try (GatewayClient client = ready(compression)) {
      assertThat(discord.gatewayFaults().requestHeartbeat(0)).isEqualTo(1);
      JsonNode request = client.next();
      assertThat(request.path("op").asInt()).isEqualTo(1);
      assertThat(request.get("d").isNull()).isTrue();

      discord.gatewayFaults().stopHeartbeatAcks(0);
      client.send("{\"op\":1,\"d\":2}");
      // The server reads frames on its own thread: acks come back on only once it has read this
      // one.
      awaitWire("FAULT heartbeat left unacknowledged");
      discord.gatewayFaults().resumeHeartbeatAcks(0);
      client.send("{\"op\":1,\"d\":2}");
      JsonNode ack = client.next();
      assertThat(ack.path("op").asInt()).isEqualTo(11);
      assertThat(ack.get("d").isNull()).isTrue();
      // Exactly one ACK for two heartbeats: the first went unanswered.
      client.send("{\"op\":1,\"d\":2}");
      assertThat(client.next().path("op").asInt()).isEqualTo(11);
      assertThat(client.hasPending()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void corruptFrameCannotBeDecoded(Compression compression) {
    try (GatewayClient client = ready(compression)) {
      assertThat(discord.gatewayFaults().sendCorruptFrame(0)).isEqualTo(1);
      Received corrupt = client.nextReceived();
      assertThat(corrupt.binary()).isTrue();
      assertThat(corrupt.json()).isNull();
      assertThat(corrupt.error()).isNotNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void malformedJsonIsSentThroughTheStream(Compression compression) {
    try (GatewayClient client = ready(compression)) {
      assertThat(discord.gatewayFaults().sendMalformedJson(0)).isEqualTo(1);
      Received malformed = client.nextReceived();
      assertThat(malformed.binary()).isEqualTo(compression != Compression.NONE);
      assertThat(malformed.json()).isNull();
      assertThat(malformed.error()).startsWith("not JSON");
      // The stream is intact: the next payload decodes.
      client.send("{\"op\":1,\"d\":2}");
      assertThat(client.next().path("op").asInt()).isEqualTo(11);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void closeWithAnyDocumentedCode(Compression compression) {
    for (int code : new int[] {4001, 4004, 4014}) {
      try (GatewayClient client = ready(compression)) {
        assertThat(discord.gatewayFaults().close(0, code)).isEqualTo(1);
        assertThat(client.awaitClose().code()).isEqualTo(code);
      }
    }
  }

  @Test
  void undocumentedCloseCodesAreRefused() {
    assertThatThrownBy(() -> discord.gatewayFaults().close(0, 4006))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> discord.gatewayFaults().close(0, 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void faultsOnlyReachTheChosenShard() {
    try (GatewayClient shard0 = GatewayClient.connect(discord.gatewayUrl(), false);
        GatewayClient shard1 = GatewayClient.connect(discord.gatewayUrl(), false)) {
      shard0.next();
      shard1.next();
      shard0.identify(discord.botToken(), INTENTS, 0, 2);
      shard1.identify(discord.botToken(), INTENTS, 1, 2);
      shard0.nextDispatch("READY");
      shard1.nextDispatch("READY");
      assertThat(discord.gatewayFaults().sendReconnect(1)).isEqualTo(1);
      JsonNode reconnect = shard1.next();
      if (reconnect.path("op").asInt() == 0) {
        // Shard 1 owns the guild: its GUILD_CREATE came first.
        reconnect = shard1.next();
      }
      assertThat(reconnect.path("op").asInt()).isEqualTo(7);
      shard0.send("{\"op\":1,\"d\":1}");
      // Shard 0 may get its GUILD_CREATE first, but never the RECONNECT meant for shard 1.
      int op = -1;
      for (int i = 0; i < 3 && op != 11; i++) {
        op = shard0.next().path("op").asInt();
        assertThat(op).isNotEqualTo(7);
      }
      assertThat(op).isEqualTo(11);
    }
  }

  @Test
  void payloadsBeforeIdentifyCloseWith4003() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send("{\"op\":8,\"d\":{\"guild_id\":\"1\",\"query\":\"\",\"limit\":0}}");
      assertThat(client.awaitClose().code()).isEqualTo(4003);
    }
  }
}
