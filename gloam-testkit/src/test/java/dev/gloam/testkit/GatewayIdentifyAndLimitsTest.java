package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IDENTIFY validation, the send limit and the session start limit with max_concurrency. */
class GatewayIdentifyAndLimitsTest {

  static final long GUILDS_AND_MESSAGES = 1 | 1 << 9;

  static String identifyWith(String token, String extra) {
    return """
    {"op":2,"d":{"token":"%s","intents":513,%s
     "properties":{"os":"l","browser":"b","device":"d"}}}\
    """
        .formatted(token, extra);
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void privilegedIntentTheApplicationLacksClosesWith4014(Compression compression) {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().privilegedIntents(PrivilegedIntent.GUILD_MEMBERS).start();
        GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      client.identify(discord.botToken(), 1 | 1 << 15);
      assertThat(client.awaitClose())
          .isEqualTo(new GatewayClient.Closed(4014, "Disallowed intent(s)"));
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void readyCarriesTheApplicationFlagsOfItsPrivilegedIntents(Compression compression) {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().privilegedIntents(PrivilegedIntent.GUILD_MEMBERS).start();
        GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      client.identify(discord.botToken(), 1 | 1 << 1);
      JsonNode ready = client.nextDispatch("READY");
      assertThat(ready.path("s").asInt()).isEqualTo(1);
      assertThat(ready.path("d").path("application").path("flags").asInt()).isEqualTo(1 << 15);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void unknownIntentBitClosesWith4013(Compression compression) {
    try (OfflineDiscord discord = OfflineDiscord.start();
        GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      client.identify(discord.botToken(), 1L << 30);
      assertThat(client.awaitClose().code()).isEqualTo(4013);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void largeThresholdOutsideFiftyToTwoHundredFiftyIsADecodeError(Compression compression) {
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
        client.next();
        client.send(identifyWith(discord.botToken(), "\"large_threshold\":251,"));
        assertThat(client.awaitClose().code()).isEqualTo(4002);
      }
      try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
        client.next();
        client.send(identifyWith(discord.botToken(), "\"large_threshold\":250,"));
        assertThat(client.nextDispatch("READY").path("s").asInt()).isEqualTo(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void tooManyGuildsForOneShardClosesWith4011(Compression compression) {
    try (OfflineDiscord discord = OfflineDiscord.builder().maxGuildsPerShard(1).start()) {
      discord.world().addGuild(discord.guildId() + 1, "second guild");
      try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
        client.next();
        client.identify(discord.botToken(), GUILDS_AND_MESSAGES);
        assertThat(client.awaitClose())
            .isEqualTo(new GatewayClient.Closed(4011, "Sharding required"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void moreThanTheSendLimitClosesWith4008CountingHeartbeats(Compression compression) {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().gatewaySendLimit(5, Duration.ofMinutes(1)).start();
        GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      for (int i = 0; i < 5; i++) {
        client.send("{\"op\":1,\"d\":null}");
        assertThat(client.next().path("op").asInt()).isEqualTo(11);
      }
      client.send("{\"op\":1,\"d\":null}");
      assertThat(client.awaitClose()).isEqualTo(new GatewayClient.Closed(4008, "Rate limited."));
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void identifyFasterThanMaxConcurrencyAllowsIsAnInvalidSession(Compression compression)
      throws Exception {
    try (OfflineDiscord discord =
        OfflineDiscord.builder()
            .identifyConcurrency(2, Duration.ofMinutes(1))
            .sessionStartLimit(5)
            .start()) {
      assertThat(sessionStartLimit(discord).path("max_concurrency").asInt()).isEqualTo(2);
      try (GatewayClient shard0 = GatewayClient.connect(discord.gatewayUrl(), compression);
          GatewayClient shard1 = GatewayClient.connect(discord.gatewayUrl(), compression);
          GatewayClient shard2 = GatewayClient.connect(discord.gatewayUrl(), compression)) {
        shard0.next();
        shard1.next();
        shard2.next();
        // Buckets 0 and 1 may each identify once; shard 2 shares bucket 0 with shard 0.
        shard0.identify(discord.botToken(), GUILDS_AND_MESSAGES, 0, 3);
        assertThat(shard0.nextDispatch("READY").path("d").path("shard").toString())
            .isEqualTo("[0,3]");
        shard1.identify(discord.botToken(), GUILDS_AND_MESSAGES, 1, 3);
        assertThat(shard1.nextDispatch("READY").path("s").asInt()).isEqualTo(1);
        shard2.identify(discord.botToken(), GUILDS_AND_MESSAGES, 2, 3);
        JsonNode invalid = shard2.next();
        assertThat(invalid.path("op").asInt()).isEqualTo(9);
        assertThat(invalid.path("d").asBoolean(true)).isFalse();
      }
      JsonNode limit = sessionStartLimit(discord);
      assertThat(limit.path("total").asInt()).isEqualTo(5);
      assertThat(limit.path("remaining").asInt()).isEqualTo(3);
      assertThat(limit.path("reset_after").asLong()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void noSessionStartsLeftIsAnInvalidSession(Compression compression) {
    try (OfflineDiscord discord =
            OfflineDiscord.builder()
                .identifyConcurrency(1, Duration.ZERO)
                .sessionStartLimit(1)
                .start();
        GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      client.identify(discord.botToken(), GUILDS_AND_MESSAGES);
      client.nextDispatch("READY");
      client.nextDispatch("GUILD_CREATE");
      discord.gatewayFaults().sendInvalidSession(0, false);
      assertThat(client.next().path("op").asInt()).isEqualTo(9);
      client.identify(discord.botToken(), GUILDS_AND_MESSAGES);
      JsonNode invalid = client.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").asBoolean(true)).isFalse();
    }
  }

  static JsonNode sessionStartLimit(OfflineDiscord discord) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(discord.restUrl() + "/gateway/bot"))
                  .header("Authorization", "Bot " + discord.botToken())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      return JsonMapper.builder().build().readTree(response.body()).path("session_start_limit");
    }
  }
}
