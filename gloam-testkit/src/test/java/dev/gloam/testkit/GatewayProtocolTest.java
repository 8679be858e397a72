package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Received;
import dev.gloam.testkit.support.WireWatcher;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GatewayProtocolTest {

  /** GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT. */
  static final long INTENTS = 1 | 1 << 9 | 1 << 15;

  OfflineDiscord discord;

  @BeforeEach
  void start() {
    // Several clients identify at once here; max_concurrency has its own tests.
    discord = OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  @Test
  void helloIdentifyReadyGuildCreate() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      JsonNode hello = client.next();
      assertThat(hello.path("op").asInt()).isEqualTo(10);
      assertThat(hello.path("d").path("heartbeat_interval").asLong()).isEqualTo(41_250);
      assertThat(hello.has("s") && hello.get("s").isNull()).isTrue();
      assertThat(hello.has("t") && hello.get("t").isNull()).isTrue();

      client.identify(discord.botToken(), INTENTS);

      JsonNode ready = client.nextDispatch("READY");
      assertThat(ready.path("s").asInt()).isEqualTo(1);
      JsonNode d = ready.path("d");
      assertThat(d.path("v").asInt()).isEqualTo(10);
      assertThat(d.path("user").path("id").isString()).isTrue();
      assertThat(d.path("user").path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));
      assertThat(d.path("user").path("bot").asBoolean()).isTrue();
      assertThat(d.path("guilds").size()).isEqualTo(1);
      assertThat(d.path("guilds").get(0).path("id").asString())
          .isEqualTo(Long.toString(discord.guildId()));
      assertThat(d.path("guilds").get(0).path("unavailable").asBoolean()).isTrue();
      assertThat(d.path("session_id").asString()).matches("[0-9a-f]{32}");
      assertThat(d.path("resume_gateway_url").asString())
          .isEqualTo(discord.gatewayUrl().toString());
      assertThat(d.path("shard").toString()).isEqualTo("[0,1]");
      assertThat(d.path("application").path("id").asString())
          .isEqualTo(Long.toString(discord.applicationId()));
      assertThat(d.path("application").path("flags").isInt()).isTrue();

      JsonNode guildCreate = client.nextDispatch("GUILD_CREATE");
      assertThat(guildCreate.path("s").asInt()).isEqualTo(2);
      JsonNode guild = guildCreate.path("d");
      assertThat(guild.path("id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(guild.path("name").asString()).isEqualTo("gloam test guild");
      assertThat(guild.path("owner_id").asString()).isEqualTo(Long.toString(discord.humanUserId()));
      assertThat(guild.path("unavailable").asBoolean(true)).isFalse();
      assertThat(guild.path("large").isBoolean()).isTrue();
      assertThat(guild.path("member_count").asInt()).isEqualTo(2);
      assertThat(guild.path("joined_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+00:00");
      assertThat(guild.path("icon").isNull()).isTrue();
      for (String emptyList :
          new String[] {
            "voice_states",
            "threads",
            "presences",
            "stage_instances",
            "guild_scheduled_events",
            "soundboard_sounds",
            "emojis",
            "stickers",
            "features"
          }) {
        assertThat(guild.path(emptyList).isArray()).as(emptyList).isTrue();
        assertThat(guild.path(emptyList).size()).as(emptyList).isZero();
      }
      JsonNode channel = guild.path("channels").get(0);
      assertThat(channel.path("id").asString()).isEqualTo(Long.toString(discord.channelId()));
      assertThat(channel.path("type").asInt()).isZero();
      assertThat(channel.path("name").asString()).isEqualTo("general");
      assertThat(channel.path("permission_overwrites").isArray()).isTrue();
      assertThat(channel.path("topic").isNull()).isTrue();
      assertThat(channel.path("parent_id").isNull()).isTrue();
      JsonNode everyone = guild.path("roles").get(0);
      assertThat(everyone.path("id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(everyone.path("name").asString()).isEqualTo("@everyone");
      assertThat(everyone.path("permissions").isString()).isTrue();
      assertThat(everyone.path("colors").path("primary_color").asInt()).isZero();
      JsonNode members = guild.path("members");
      // Without GUILD_PRESENCES, Discord lists only the bot itself (and members in voice).
      assertThat(members.size()).isEqualTo(1);
      assertThat(members.get(0).path("user").path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));
      for (JsonNode member : members) {
        assertThat(member.path("user").path("id").isString()).isTrue();
        assertThat(member.path("roles").isArray()).isTrue();
        assertThat(member.path("joined_at").isString()).isTrue();
        assertThat(member.path("deaf").isBoolean()).isTrue();
        assertThat(member.path("mute").isBoolean()).isTrue();
        assertThat(member.path("flags").isInt()).isTrue();
      }
      discord.awaitSessions(1, GatewayClient.WAIT);
    }
  }

  @Test
  void heartbeatIsAcknowledgedBeforeAndAfterIdentify() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send("{\"op\":1,\"d\":null}");
      JsonNode ack = client.next();
      assertThat(ack.path("op").asInt()).isEqualTo(11);
      assertThat(ack.get("d").isNull()).isTrue();
      assertThat(ack.get("s").isNull()).isTrue();
      assertThat(ack.get("t").isNull()).isTrue();

      client.identify(discord.botToken(), INTENTS);
      client.nextDispatch("READY");
      client.nextDispatch("GUILD_CREATE");
      client.send("{\"op\":1,\"d\":2}");
      assertThat(client.next().path("op").asInt()).isEqualTo(11);
    }
  }

  @Test
  void configuredHeartbeatIntervalIsAnnounced() {
    try (OfflineDiscord custom =
            OfflineDiscord.builder().heartbeatInterval(Duration.ofMillis(500)).start();
        GatewayClient client = GatewayClient.connect(custom.gatewayUrl(), false)) {
      assertThat(client.next().path("d").path("heartbeat_interval").asLong()).isEqualTo(500);
    }
  }

  @Test
  void wrongTokenClosesWith4004() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.identify("not-the-token", INTENTS);
      assertThat(client.awaitClose())
          .isEqualTo(new GatewayClient.Closed(4004, "Authentication failed"));
    }
  }

  @Test
  void secondIdentifyClosesWith4005() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      client.identify(discord.botToken(), INTENTS);
      assertThat(client.awaitClose().code()).isEqualTo(4005);
    }
  }

  @Test
  void payloadBeforeIdentifyClosesWith4003() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send(
          "{\"op\":3,\"d\":{\"since\":null,\"activities\":[],\"status\":\"online\",\"afk\":false}}");
      assertThat(client.awaitClose())
          .isEqualTo(new GatewayClient.Closed(4003, "Not authenticated"));
    }
  }

  @Test
  void unknownOpcodeClosesWith4001() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send("{\"op\":42,\"d\":null}");
      assertThat(client.awaitClose().code()).isEqualTo(4001);
    }
  }

  @Test
  void undecodablePayloadClosesWith4002() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send("{\"op\":1,");
      assertThat(client.awaitClose()).isEqualTo(new GatewayClient.Closed(4002, "Decode error"));
    }
  }

  @Test
  void oversizedPayloadClosesWith4002() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send("{\"op\":1,\"d\":null,\"padding\":\"" + "x".repeat(5000) + "\"}");
      assertThat(client.awaitClose().code()).isEqualTo(4002);
    }
  }

  @Test
  void missingIntentsCloseWith4013() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send(
          """
          {"op":2,"d":{"token":"%s","properties":{"os":"l","browser":"b","device":"d"}}}\
          """
              .formatted(discord.botToken()));
      assertThat(client.awaitClose())
          .isEqualTo(new GatewayClient.Closed(4013, "Invalid intent(s)"));
    }
  }

  @Test
  void invalidShardClosesWith4010() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send(
          """
          {"op":2,"d":{"token":"%s","intents":513,"shard":[2,2],
           "properties":{"os":"l","browser":"b","device":"d"}}}\
          """
              .formatted(discord.botToken()));
      assertThat(client.awaitClose().code()).isEqualTo(4010);
    }
  }

  @Test
  void wrongVersionClosesWith4012() {
    try (GatewayClient client =
        // v9 is still available on Discord; v5 is discontinued.
        GatewayClient.connectWithQuery(discord.gatewayUrl(), "v=5&encoding=json")) {
      assertThat(client.awaitClose())
          .isEqualTo(new GatewayClient.Closed(4012, "Invalid API version"));
    }
  }

  @Test
  void etfEncodingIsRefusedWithAClearReason() {
    try (GatewayClient client =
        GatewayClient.connectWithQuery(discord.gatewayUrl(), "v=10&encoding=etf")) {
      GatewayClient.Closed closed = client.awaitClose();
      assertThat(closed.code()).isEqualTo(1003);
      assertThat(closed.reason()).contains("etf").contains("json");
    }
  }

  @Test
  void plainConnectionsGetTextFrames() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      Received hello = client.nextReceived();
      assertThat(hello.binary()).isFalse();
      assertThat(hello.json().path("op").asInt()).isEqualTo(10);
    }
  }

  @Test
  void zlibStreamSharesOneDeflaterAndFlushesEachPayload() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), true)) {
      Received hello = client.nextReceived();
      assertThat(hello.binary()).isTrue();
      assertThat(hello.endsWithSyncFlush()).isTrue();
      assertThat(hello.json().path("op").asInt()).isEqualTo(10);

      client.identify(discord.botToken(), INTENTS);
      // These only inflate if the client's single inflater continues the server's single stream.
      Received ready = client.nextReceived();
      Received guildCreate = client.nextReceived();
      assertThat(ready.binary()).isTrue();
      assertThat(ready.endsWithSyncFlush()).isTrue();
      assertThat(ready.json().path("t").asString()).isEqualTo("READY");
      assertThat(guildCreate.json().path("t").asString()).isEqualTo("GUILD_CREATE");
      assertThat(guildCreate.json().path("s").asInt()).isEqualTo(2);
    }
  }

  @Test
  void fragmentedIdentifyIsJoined() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      String identify =
          """
          {"op":2,"d":{"token":"%s","intents":513,"properties":{"os":"l","browser":"b","device":"d"}}}\
          """
              .formatted(discord.botToken());
      client.sendFragmented(identify.substring(0, 20), identify.substring(20));
      assertThat(client.nextDispatch("READY").path("s").asInt()).isEqualTo(1);
    }
  }

  @Test
  void humanMessageIsDispatchedAsMessageCreate() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      discord.awaitSessions(1, GatewayClient.WAIT);

      long id = discord.humanSays(discord.channelId(), "!ping");

      JsonNode event = client.nextDispatch("MESSAGE_CREATE");
      assertThat(event.path("s").asInt()).isEqualTo(3);
      JsonNode d = event.path("d");
      assertThat(d.path("id").asString()).isEqualTo(Long.toString(id));
      assertThat(d.path("content").asString()).isEqualTo("!ping");
      assertThat(d.path("channel_id").asString()).isEqualTo(Long.toString(discord.channelId()));
      assertThat(d.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(d.path("author").path("id").asString())
          .isEqualTo(Long.toString(discord.humanUserId()));
      assertThat(d.path("author").path("username").asString()).isEqualTo("human");
      assertThat(d.path("author").path("global_name").asString()).isEqualTo("Human");
      assertThat(d.path("member").path("joined_at").isString()).isTrue();
      assertThat(d.path("member").has("user")).isFalse();
      assertThat(d.path("type").asInt()).isZero();
      assertThat(d.path("edited_timestamp").isNull()).isTrue();
      assertThat(discord.messages(discord.channelId()))
          .extracting(RecordedMessage::content)
          .containsExactly("!ping");
    }
  }

  @Test
  void sessionsWithoutMessageContentGetEmptyContentUnlessTheBotIsMentioned() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 1 | 1 << 9);
      discord.awaitSessions(1, GatewayClient.WAIT);

      discord.humanSays(discord.channelId(), "secret words");
      JsonNode hidden = client.nextDispatch("MESSAGE_CREATE").path("d");
      assertThat(hidden.path("content").asString()).isEmpty();
      assertThat(hidden.path("embeds").size()).isZero();
      assertThat(hidden.path("attachments").size()).isZero();
      assertThat(hidden.path("components").size()).isZero();

      discord.humanSays(discord.channelId(), "<@" + discord.botUserId() + "> hello");
      JsonNode mention = client.nextDispatch("MESSAGE_CREATE").path("d");
      assertThat(mention.path("content").asString())
          .isEqualTo("<@" + discord.botUserId() + "> hello");
      assertThat(mention.path("mentions").get(0).path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));
      assertThat(mention.path("mentions").get(0).path("member").isObject()).isTrue();
    }
  }

  @Test
  void sessionsWithoutGuildMessagesGetNoMessageCreate() {
    try (GatewayClient quiet = GatewayClient.connect(discord.gatewayUrl(), false);
        GatewayClient loud = GatewayClient.connect(discord.gatewayUrl(), false)) {
      quiet.identifyAndSkipToGuildCreate(discord.botToken(), 1);
      loud.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      discord.awaitSessions(2, GatewayClient.WAIT);

      discord.humanSays(discord.channelId(), "hello");
      loud.nextDispatch("MESSAGE_CREATE");
      // A heartbeat round trip on the quiet session proves nothing was queued before the ACK.
      quiet.send("{\"op\":1,\"d\":2}");
      assertThat(quiet.next().path("op").asInt()).isEqualTo(11);
    }
  }

  @Test
  void resumeIsAnsweredWithInvalidSession() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
      client.send(
          """
          {"op":6,"d":{"token":"%s","session_id":"abc","seq":3}}\
          """
              .formatted(discord.botToken()));
      JsonNode invalid = client.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").asBoolean(true)).isFalse();
    }
  }

  @Test
  void closingTheTestkitSends1001() {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false);
    try {
      client.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      discord.close();
      assertThat(client.awaitClose().code()).isEqualTo(1001);
    } finally {
      client.close();
    }
  }

  @Test
  void clientCloseIsRecorded() {
    WireWatcher watcher = new WireWatcher(discord);
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.next();
    }
    WireEvent close =
        watcher.await(
            e ->
                e.direction() == WireEvent.Direction.TO_DISCORD && e.summary().startsWith("CLOSE"));
    assertThat(close.summary()).isEqualTo("CLOSE 1000 test done");
    assertThat(close.transport()).isEqualTo(WireEvent.Transport.GATEWAY);
  }

  @Test
  void wireListenersMayCallBackIntoTheTestkit() {
    discord.onWire(
        event -> {
          if (event.summary().startsWith("MESSAGE_CREATE \"!ping\"")) {
            discord.humanSays(discord.channelId(), "pong " + System.nanoTime());
          }
        });
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), false);
        GatewayClient second = GatewayClient.connect(discord.gatewayUrl(), true)) {
      first.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      second.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      discord.awaitSessions(2, GatewayClient.WAIT);

      discord.humanSays(discord.channelId(), "!ping");

      for (GatewayClient client : new GatewayClient[] {first, second}) {
        JsonNode ping = client.nextDispatch("MESSAGE_CREATE");
        assertThat(ping.path("d").path("content").asString()).isEqualTo("!ping");
        assertThat(ping.path("s").asInt()).isEqualTo(3);
        // Each !ping sent makes the listener post one pong, to both sessions, after the !ping.
        JsonNode pong = client.nextDispatch("MESSAGE_CREATE");
        assertThat(pong.path("d").path("content").asString()).startsWith("pong ");
        assertThat(pong.path("s").asInt()).isEqualTo(4);
      }
    }
  }
}
