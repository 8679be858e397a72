package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** Shard routing, intent filtering and the commands of op 3, 4 and 8. */
class GatewayRoutingAndCommandsTest {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;
  static final long GUILD_VOICE_STATES = 1 << 7;
  static final long GUILD_PRESENCES = 1 << 8;
  static final long GUILD_MESSAGES = 1 << 9;

  OfflineDiscord discord;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  GatewayClient ready(Compression compression, long intents) {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression);
    client.identifyAndSkipToGuildCreate(discord.botToken(), intents);
    return client;
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void guildsAndTheirEventsGoToTheShardThatOwnsThem(Compression compression) {
    long first = discord.guildId();
    int firstShard = (int) ((first >> 22) % 2);
    // A guild one millisecond of snowflake time later lands on the other of two shards.
    long second = first + (1L << 22);
    discord.world().addGuild(second, "second guild");
    try (GatewayClient owner = GatewayClient.connect(discord.gatewayUrl(), compression);
        GatewayClient other = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      owner.next();
      other.next();
      owner.identify(discord.botToken(), GUILDS | GUILD_MESSAGES, firstShard, 2);
      other.identify(discord.botToken(), GUILDS | GUILD_MESSAGES, 1 - firstShard, 2);
      JsonNode ownerReady = owner.nextDispatch("READY").path("d");
      assertThat(ownerReady.path("guilds").size()).isEqualTo(1);
      assertThat(ownerReady.path("guilds").get(0).path("id").asString())
          .isEqualTo(Long.toString(first));
      assertThat(owner.nextDispatch("GUILD_CREATE").path("d").path("id").asString())
          .isEqualTo(Long.toString(first));
      JsonNode otherReady = other.nextDispatch("READY").path("d");
      assertThat(otherReady.path("guilds").get(0).path("id").asString())
          .isEqualTo(Long.toString(second));
      JsonNode secondCreate = other.nextDispatch("GUILD_CREATE").path("d");
      assertThat(secondCreate.path("id").asString()).isEqualTo(Long.toString(second));
      assertThat(secondCreate.path("system_channel_id").isNull()).isTrue();
      discord.awaitSessions(2, GatewayClient.WAIT);

      discord.humanSays(discord.channelId(), "only for the owner");
      assertThat(owner.nextDispatch("MESSAGE_CREATE").path("s").asInt()).isEqualTo(3);
      other.send("{\"op\":1,\"d\":2}");
      assertThat(other.next().path("op").asInt()).isEqualTo(11);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void withoutGuildsTheSessionGetsReadyButNoGuildCreate(Compression compression) {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      client.identify(discord.botToken(), GUILD_MESSAGES);
      assertThat(client.nextDispatch("READY").path("d").path("guilds").size()).isEqualTo(1);
      discord.awaitSessions(1, GatewayClient.WAIT);
      discord.humanSays(discord.channelId(), "hello");
      assertThat(client.nextDispatch("MESSAGE_CREATE").path("s").asInt()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void requestGuildMembersAnswersWithChunks(Compression compression) {
    List<Long> added = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      added.add(discord.world().addMember("member" + i).user().id());
    }
    try (GatewayClient client = ready(compression, GUILDS | GUILD_MEMBERS)) {
      // The whole list: 1202 members in chunks of at most 1000.
      client.send(
          """
          {"op":8,"d":{"guild_id":"%d","query":"","limit":0,"nonce":"all"}}\
          """
              .formatted(discord.guildId()));
      JsonNode chunk0 = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      JsonNode chunk1 = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      assertThat(chunk0.path("chunk_index").asInt()).isZero();
      assertThat(chunk0.path("chunk_count").asInt()).isEqualTo(2);
      assertThat(chunk0.path("members").size()).isEqualTo(1000);
      assertThat(chunk1.path("chunk_index").asInt()).isEqualTo(1);
      assertThat(chunk1.path("members").size()).isEqualTo(202);
      assertThat(chunk1.path("nonce").asString()).isEqualTo("all");
      assertThat(chunk0.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));

      // A prefix query, case-insensitive, cut at the limit.
      client.send(
          """
          {"op":8,"d":{"guild_id":"%d","query":"MEMBER11","limit":5}}\
          """
              .formatted(discord.guildId()));
      JsonNode prefix = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      assertThat(prefix.path("members").size()).isEqualTo(5);
      for (JsonNode member : prefix.path("members")) {
        assertThat(member.path("user").path("username").asString()).startsWith("member11");
      }
      assertThat(prefix.has("nonce")).isFalse();

      // By ids, with one that is not a member; a nonce over 32 bytes is dropped.
      client.send(
          """
          {"op":8,"d":{"guild_id":"%d","user_ids":["%d","42"],"nonce":"%s"}}\
          """
              .formatted(discord.guildId(), added.get(7), "n".repeat(33)));
      JsonNode byIds = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      assertThat(byIds.path("members").size()).isEqualTo(1);
      assertThat(byIds.path("members").get(0).path("user").path("id").asString())
          .isEqualTo(Long.toString(added.get(7)));
      assertThat(byIds.path("not_found").toString()).isEqualTo("[\"42\"]");
      assertThat(byIds.has("nonce")).isFalse();
      assertThat(byIds.has("presences")).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void wholeMemberListNeedsGuildMembersAndBadRequestsAreDecodeErrors(Compression compression) {
    try (GatewayClient client = ready(compression, GUILDS)) {
      client.send(
          """
          {"op":8,"d":{"guild_id":"%d","query":"","limit":0}}\
          """
              .formatted(discord.guildId()));
      // No answer: a heartbeat round trip shows nothing was queued before the ACK.
      client.send("{\"op\":1,\"d\":2}");
      assertThat(client.next().path("op").asInt()).isEqualTo(11);
      client.send("{\"op\":8,\"d\":{\"guild_id\":\"%d\"}}".formatted(discord.guildId()));
      assertThat(client.awaitClose().code()).isEqualTo(4002);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void presenceUpdateReachesSessionsWithGuildPresences(Compression compression) {
    try (GatewayClient watcher = ready(compression, GUILDS | GUILD_PRESENCES);
        GatewayClient blind = ready(compression, GUILDS)) {
      discord.awaitSessions(2, GatewayClient.WAIT);
      blind.send(
          """
          {"op":3,"d":{"since":null,"activities":[{"name":"tests","type":0}],
           "status":"dnd","afk":false}}\
          """);
      JsonNode presence = watcher.nextDispatch("PRESENCE_UPDATE").path("d");
      assertThat(presence.path("user").path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));
      assertThat(presence.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(presence.path("status").asString()).isEqualTo("dnd");
      assertThat(presence.path("activities").get(0).path("name").asString()).isEqualTo("tests");
      assertThat(presence.path("activities").get(0).path("created_at").isIntegralNumber()).isTrue();
      assertThat(presence.path("activities").get(0).path("id").asString()).hasSize(16);
      blind.send("{\"op\":1,\"d\":2}");
      assertThat(blind.next().path("op").asInt()).isEqualTo(11);

      blind.send("{\"op\":3,\"d\":{\"since\":null,\"activities\":[],\"status\":\"sleepy\"}}");
      assertThat(blind.awaitClose().code()).isEqualTo(4002);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void voiceStateUpdateIsReflected(Compression compression) {
    try (GatewayClient client = ready(compression, GUILDS | GUILD_VOICE_STATES)) {
      discord.awaitSessions(1, GatewayClient.WAIT);
      client.send(
          """
          {"op":4,"d":{"guild_id":"%d","channel_id":"%d","self_mute":false,"self_deaf":true}}\
          """
              .formatted(discord.guildId(), discord.channelId()));
      JsonNode state = client.nextDispatch("VOICE_STATE_UPDATE").path("d");
      assertThat(state.path("channel_id").asString()).isEqualTo(Long.toString(discord.channelId()));
      assertThat(state.path("user_id").asString()).isEqualTo(Long.toString(discord.botUserId()));
      assertThat(state.path("self_deaf").asBoolean()).isTrue();
      assertThat(state.path("session_id").asString()).matches("[0-9a-f]{32}");
      JsonNode server = client.nextDispatch("VOICE_SERVER_UPDATE").path("d");
      assertThat(server.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(server.path("token").isString()).isTrue();
      // REST reads the same voice state the gateway keeps.
      String mine = "/guilds/" + discord.guildId() + "/voice-states/@me";
      try (RestClient rest = new RestClient(discord.restUrl(), discord.botToken())) {
        JsonNode read = ResponseSchemas.assertValid("GET", mine, rest.get(mine));
        assertThat(read.path("channel_id").asString())
            .isEqualTo(Long.toString(discord.channelId()));
        assertThat(read.path("self_deaf").asBoolean()).isTrue();
        String human = "/guilds/" + discord.guildId() + "/voice-states/" + discord.humanUserId();
        assertThat(RestClient.json(rest.get(human)).path("code").asInt()).isEqualTo(10065);
      }

      client.send(
          """
          {"op":4,"d":{"guild_id":"%d","channel_id":null,"self_mute":false,"self_deaf":false}}\
          """
              .formatted(discord.guildId()));
      assertThat(client.nextDispatch("VOICE_STATE_UPDATE").path("d").get("channel_id").isNull())
          .isTrue();
      try (RestClient rest = new RestClient(discord.restUrl(), discord.botToken())) {
        HttpResponse<String> left = rest.get("/guilds/" + discord.guildId() + "/voice-states/@me");
        assertThat(left.statusCode()).isEqualTo(404);
        assertThat(RestClient.json(left).path("code").asInt()).isEqualTo(10065);
      }
    }
  }
}
