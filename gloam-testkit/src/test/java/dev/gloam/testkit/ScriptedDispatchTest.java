package dev.gloam.testkit;

import static dev.gloam.testkit.WorldBuildingTest.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dispatches a test scripts with {@link OfflineDiscord#dispatch} and {@link
 * OfflineDiscord#dispatchToShard}: who receives them, how they are numbered and compressed, that
 * the world stays as it was, and what is refused.
 */
class ScriptedDispatchTest {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;
  static final long GUILD_PRESENCES = 1 << 8;
  static final long DIRECT_MESSAGES = 1 << 12;
  static final JsonMapper JSON = JsonMapper.builder().build();

  OfflineDiscord discord;

  @BeforeEach
  void start() {
    discord =
        OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).resumeBufferSize(16).start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  static String id(long id) {
    return Long.toUnsignedString(id);
  }

  /** Identifies as a shard, reads READY and every GUILD_CREATE, and returns READY's body. */
  JsonNode ready(GatewayClient client, long intents, int shardId, int shardCount) {
    assertThat(client.next().path("op").asInt()).isEqualTo(10);
    client.identify(discord.botToken(), intents, shardId, shardCount);
    JsonNode ready = client.nextDispatch("READY").path("d");
    if ((intents & GUILDS) != 0) {
      for (int i = 0; i < ready.path("guilds").size(); i++) {
        client.nextDispatch("GUILD_CREATE");
      }
    }
    return ready;
  }

  /** Tells that nothing else was sent: the next payload answers a heartbeat. */
  static void nothingMore(GatewayClient client) {
    client.send("{\"op\":1,\"d\":null}");
    assertThat(client.next().path("op").asInt()).isEqualTo(11);
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void aGuildDispatchReachesEverySessionOfItsShardAndChangesNothing(Compression compression) {
    CreatedGuild guild = discord.newGuild("scripted").onShard(1, 2).member("alice").create();
    long alice = guild.memberId("alice");
    try (GatewayClient shard0 = GatewayClient.connect(discord.gatewayUrl(), compression);
        GatewayClient shard1 = GatewayClient.connect(discord.gatewayUrl(), compression);
        GatewayClient again1 = GatewayClient.connect(discord.gatewayUrl(), Compression.NONE)) {
      ready(shard0, GUILDS | GUILD_MEMBERS, 0, 2);
      int guildsOnShard1 = ready(shard1, GUILDS | GUILD_MEMBERS, 1, 2).path("guilds").size();
      ready(again1, GUILDS | GUILD_MEMBERS, 1, 2);
      discord.awaitSessions(3, GatewayClient.WAIT);

      String body =
          """
          {"guild_id":"%s","roles":[],"nick":"scripted nick","joined_at":"2024-01-01T00:00:00.000000+00:00",
           "user":{"id":"%s","username":"alice","discriminator":"0","global_name":null,"avatar":null}}\
          """
              .formatted(id(guild.id()), id(alice));
      assertThat(discord.dispatch(guild.id(), "GUILD_MEMBER_UPDATE", body)).isEqualTo(2);

      JsonNode expected = JSON.readTree(body);
      for (GatewayClient client : new GatewayClient[] {shard1, again1}) {
        JsonNode update = client.nextDispatch("GUILD_MEMBER_UPDATE");
        // READY is 1 and the GUILD_CREATEs follow, so the scripted event is the next number.
        assertThat(update.path("s").asInt()).isEqualTo(guildsOnShard1 + 2);
        assertThat(update.path("d")).isEqualTo(expected);
      }
      nothingMore(shard0);

      // The world is as it was: the script does not rename anyone.
      try (RestClient rest = new RestClient(discord.restUrl(), discord.botToken())) {
        JsonNode member =
            RestClient.json(rest.get("/guilds/" + id(guild.id()) + "/members/" + id(alice)));
        assertThat(member.path("nick").isNull()).isTrue();
      }

      // A guild the world does not have: sent by the shard its id belongs to, all the same.
      long unknown = (guild.id() >>> 22 | 1) << 22; // an odd timestamp part lands on shard 1
      String outage = "{\"id\":\"%s\",\"unavailable\":true}".formatted(id(unknown));
      assertThat(discord.dispatch(unknown, "GUILD_DELETE", outage)).isEqualTo(2);
      assertThat(shard1.nextDispatch("GUILD_DELETE").path("d").path("id").asString())
          .isEqualTo(id(unknown));
      assertThat(again1.nextDispatch("GUILD_DELETE").path("s").asInt())
          .isEqualTo(guildsOnShard1 + 3);
      nothingMore(shard0);
    }
  }

  @Test
  void intentsDecideWhichSessionsGetAScriptedDispatch() {
    try (GatewayClient plain = GatewayClient.connect(discord.gatewayUrl(), false);
        GatewayClient presences = GatewayClient.connect(discord.gatewayUrl(), false)) {
      ready(plain, GUILDS, 0, 1);
      ready(presences, GUILDS | GUILD_PRESENCES, 0, 1);
      discord.awaitSessions(2, GatewayClient.WAIT);
      long guild = discord.guildId();
      String presence =
          """
          {"user":{"id":"%s"},"guild_id":"%s","status":"idle","activities":[],"client_status":{"mobile":"idle"}}\
          """
              .formatted(id(discord.humanUserId()), id(guild));
      assertThat(discord.dispatch(guild, "PRESENCE_UPDATE", presence)).isEqualTo(1);
      assertThat(presences.nextDispatch("PRESENCE_UPDATE").path("d").path("status").asString())
          .isEqualTo("idle");
      // An event no intent names reaches everyone, as Discord's new events do.
      assertThat(discord.dispatch(guild, "SOMETHING_NEW", "{\"guild_id\":\"%s\"}".formatted(guild)))
          .isEqualTo(2);
      assertThat(plain.nextDispatch("SOMETHING_NEW").path("d").path("guild_id").asString())
          .isEqualTo(id(guild));
      assertThat(presences.nextDispatch("SOMETHING_NEW").path("s").asInt()).isEqualTo(4);
      nothingMore(plain);
    }
  }

  @Test
  void aShardDispatchGoesToTheSessionsOfThatShardOnly() {
    try (GatewayClient shard0 = GatewayClient.connect(discord.gatewayUrl(), true);
        GatewayClient shard1 = GatewayClient.connect(discord.gatewayUrl(), false)) {
      ready(shard0, GUILDS, 0, 2);
      ready(shard1, GUILDS, 1, 2);
      discord.awaitSessions(2, GatewayClient.WAIT);
      String user =
          """
          {"id":"%s","username":"gloam-bot","discriminator":"0","global_name":"Renamed","avatar":null,"bot":true}\
          """
              .formatted(id(discord.botUserId()));
      assertThat(discord.dispatchToShard(0, "USER_UPDATE", user)).isEqualTo(1);
      assertThat(shard0.nextDispatch("USER_UPDATE").path("d").path("global_name").asString())
          .isEqualTo("Renamed");
      assertThat(discord.dispatchToShard(1, "USER_UPDATE", user)).isEqualTo(1);
      assertThat(shard1.nextDispatch("USER_UPDATE").path("d").path("id").asString())
          .isEqualTo(id(discord.botUserId()));
      assertThat(discord.dispatchToShard(5, "USER_UPDATE", user)).isZero();
      // A direct message needs DIRECT_MESSAGES, which neither session asked for.
      assertThat(discord.dispatchToShard(0, "MESSAGE_CREATE", "{\"id\":\"1\"}")).isZero();
      nothingMore(shard0);
      nothingMore(shard1);
    }
    try (GatewayClient dms = GatewayClient.connect(discord.gatewayUrl(), false)) {
      ready(dms, DIRECT_MESSAGES, 0, 1);
      discord.awaitSessions(3, GatewayClient.WAIT);
      assertThat(discord.dispatchToShard(0, "MESSAGE_CREATE", "{\"id\":\"1\"}")).isEqualTo(1);
      assertThat(dms.nextDispatch("MESSAGE_CREATE").path("s").asInt()).isEqualTo(2);
    }
  }

  @Test
  void aSessionWaitingToResumeGetsTheScriptedDispatchOnReplay() {
    String sessionId;
    URI resumeUrl;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), false)) {
      JsonNode ready = ready(first, GUILDS, 0, 1);
      sessionId = ready.path("session_id").asString();
      resumeUrl = URI.create(ready.path("resume_gateway_url").asString());
      discord.awaitSessions(1, GatewayClient.WAIT);
      assertThat(discord.gatewayFaults().dropConnection(0)).isEqualTo(1);
      first.awaitEnd();
    }
    String channel =
        "{\"id\":\"%s\",\"type\":0,\"name\":\"renamed\"}".formatted(discord.channelId());
    assertThat(discord.dispatch(discord.guildId(), "CHANNEL_UPDATE", channel)).isEqualTo(1);
    try (GatewayClient second = GatewayClient.connect(resumeUrl, Compression.NONE)) {
      second.next();
      // READY is 1, the one GUILD_CREATE is 2.
      second.resume(discord.botToken(), sessionId, 2);
      JsonNode replayed = second.nextDispatch("CHANNEL_UPDATE");
      assertThat(replayed.path("s").asInt()).isEqualTo(3);
      assertThat(replayed.path("d").path("name").asString()).isEqualTo("renamed");
      assertThat(second.nextDispatch("RESUMED").path("s").asInt()).isEqualTo(4);
    }
  }

  @Test
  void badScriptsAreRefusedWithAClearReason() {
    long guild = discord.guildId();
    invalid(() -> discord.dispatch(guild, "GUILD_CREATE", "[1, 2]"), "must be a JSON object");
    invalid(() -> discord.dispatch(guild, "GUILD_CREATE", "\"text\""), "must be a JSON object");
    invalid(() -> discord.dispatch(guild, "GUILD_CREATE", "{\"id\":"), "not valid JSON");
    invalid(() -> discord.dispatch(guild, "GUILD_CREATE", "{} {}"), "not valid JSON");
    invalid(() -> discord.dispatch(guild, "GUILD_CREATE", ""), "not valid JSON");
    invalid(() -> discord.dispatch(guild, "GUILD_CREATE", null), "missing");
    invalid(() -> discord.dispatch(guild, "guild_create", "{}"), "event name");
    invalid(() -> discord.dispatch(guild, "", "{}"), "event name");
    invalid(() -> discord.dispatch(guild, null, "{}"), "event name");
    invalid(() -> discord.dispatchToShard(-1, "USER_UPDATE", "{}"), "shard");
    invalid(() -> discord.dispatchToShard(0, "USER UPDATE", "{}"), "event name");
    assertThat(discord.dispatch(guild, "GUILD_UPDATE", "{}")).as("no session yet").isZero();

    discord.close();
    assertThatThrownBy(() -> discord.dispatch(guild, "GUILD_UPDATE", "{}"))
        .isInstanceOfSatisfying(
            TestkitException.class,
            e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.CLOSED));
  }
}
