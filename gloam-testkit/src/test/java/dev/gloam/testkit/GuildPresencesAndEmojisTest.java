package dev.gloam.testkit;

import static dev.gloam.testkit.WorldBuildingTest.invalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Guilds built with custom emojis and with online members: what REST and the gateway show of them
 * (GUILD_CREATE's {@code emojis}, {@code members} and {@code presences}, GUILD_MEMBERS_CHUNK's
 * {@code presences}), by intents and {@code large_threshold}.
 */
class GuildPresencesAndEmojisTest {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;
  static final long GUILD_PRESENCES = 1 << 8;
  static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

  OfflineDiscord discord;
  RestClient rest;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
    rest = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    rest.close();
    discord.close();
  }

  static String id(long id) {
    return Long.toUnsignedString(id);
  }

  /** Identifies as shard 0 of 1 and returns the GUILD_CREATE of the guild with this id. */
  static JsonNode guildCreate(
      GatewayClient client, String token, long intents, int threshold, long guildId) {
    client.next();
    client.send(
        """
        {"op":2,"d":{"token":"%s","intents":%d,"large_threshold":%d,
         "properties":{"os":"linux","browser":"gloam-test","device":"gloam-test"}}}\
        """
            .formatted(token, intents, threshold));
    int guilds = client.nextDispatch("READY").path("d").path("guilds").size();
    JsonNode found = null;
    for (int i = 0; i < guilds; i++) {
      JsonNode create = client.nextDispatch("GUILD_CREATE").path("d");
      if (create.path("id").asString().equals(id(guildId))) {
        found = create;
      }
    }
    assertThat(found).as("GUILD_CREATE of guild %s", guildId).isNotNull();
    return found;
  }

  static Set<String> userIds(JsonNode array) {
    Set<String> ids = new HashSet<>();
    array.forEach(item -> ids.add(item.path("user").path("id").asString()));
    return ids;
  }

  /** The {@code id} of each item of an array, not of the objects inside them. */
  static List<String> topIds(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(item -> ids.add(item.path("id").asString()));
    return ids;
  }

  static Set<String> ids(long... ids) {
    return LongStream.of(ids).mapToObj(GuildPresencesAndEmojisTest::id).collect(Collectors.toSet());
  }

  @Test
  void builtEmojisAreStoredAsTheEmojiRoutesStoreThem() {
    CreatedGuild guild = discord.newGuild("emoji guild").textChannel("chat").emojis(3).create();
    long[] emojiIds = guild.emojiIds();
    assertThat(emojiIds).hasSize(3).doesNotHaveDuplicates();

    String path = "/guilds/" + id(guild.id()) + "/emojis";
    JsonNode listed = ResponseSchemas.assertValid("GET", path, rest.get(path));
    assertThat(listed.findValuesAsString("name")).containsExactly("emoji_1", "emoji_2", "emoji_3");
    assertThat(topIds(listed)).containsExactly(id(emojiIds[0]), id(emojiIds[1]), id(emojiIds[2]));
    String one = path + "/" + id(emojiIds[1]);
    JsonNode emoji = ResponseSchemas.assertValid("GET", one, rest.get(one));
    assertThat(emoji.path("animated").asBoolean()).isFalse();
    assertThat(emoji.path("available").asBoolean()).isTrue();
    assertThat(emoji.path("roles").isEmpty()).isTrue();
    // The owner uploaded them, and the bot (MANAGE_GUILD_EXPRESSIONS by default) may see that.
    assertThat(emoji.path("user").path("id").asString()).isEqualTo(id(discord.humanUserId()));
    JsonNode restGuild = RestClient.json(rest.get("/guilds/" + id(guild.id())));
    assertThat(restGuild.path("emojis")).hasSize(3);

    // The emoji routes work on them like on their own: rename one, and hear about it.
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), Compression.NONE)) {
      JsonNode create = guildCreate(client, discord.botToken(), GUILDS | 1 << 3, 50, guild.id());
      assertThat(topIds(create.path("emojis")))
          .containsExactly(id(emojiIds[0]), id(emojiIds[1]), id(emojiIds[2]));
      discord.awaitSessions(1, GatewayClient.WAIT);
      HttpResponse<String> renamed = rest.send("PATCH", one, "{\"name\":\"renamed\"}");
      assertThat(renamed.statusCode()).isEqualTo(200);
      JsonNode update = client.awaitDispatch("GUILD_EMOJIS_UPDATE", 5);
      assertThat(update.path("emojis").findValuesAsString("name"))
          .containsExactly("emoji_1", "renamed", "emoji_3");
    }
  }

  @Test
  void builtEmojisTakeTheGuildsEmojiSlots() {
    CreatedGuild full = discord.newGuild("full of emojis").emojis(50).create();
    assertThat(full.emojiIds()).hasSize(50);
    HttpResponse<String> oneMore =
        rest.send(
            "POST",
            "/guilds/" + id(full.id()) + "/emojis",
            "{\"name\":\"one_more\",\"image\":\"" + PNG + "\"}");
    assertThat(oneMore.statusCode()).isEqualTo(400);
    assertThat(RestClient.json(oneMore).path("code").asInt()).isEqualTo(30008);

    invalid(() -> discord.newGuild("ok").emojis(51), "50");
    invalid(() -> discord.newGuild("ok").emojis(-1), "-1");
    assertThat(discord.newGuild("none").create().emojiIds()).isEmpty();
  }

  @Test
  void onlineMembersShowInGuildCreateWithGuildPresences() {
    CreatedGuild guild =
        discord
            .newGuild("lively")
            .member("alice")
            .member("bob")
            .members(28)
            .onlineMembers(10)
            .create();
    long[] online = guild.onlineMemberIds();
    long[] members = guild.memberIds();
    // Named members first, then generated ones, in join order after the owner and the bot.
    assertThat(online).containsExactly(Arrays.copyOfRange(members, 2, 12));
    assertThat(online[0]).isEqualTo(guild.memberId("alice"));

    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), true)) {
      JsonNode create =
          guildCreate(
              client, discord.botToken(), GUILDS | GUILD_MEMBERS | GUILD_PRESENCES, 50, guild.id());
      // 32 members is not large: everyone is listed, and every online member's presence.
      assertThat(create.path("large").asBoolean()).isFalse();
      assertThat(create.path("members")).hasSize(32);
      JsonNode presences = create.path("presences");
      Set<String> expected = ids(online);
      expected.add(id(discord.botUserId()));
      assertThat(userIds(presences)).isEqualTo(expected);
      assertThat(presences).hasSize(11);
      Set<String> statuses = new HashSet<>();
      Set<String> platforms = new HashSet<>();
      Set<Integer> activityTypes = new HashSet<>();
      for (JsonNode presence : presences) {
        assertThat(presence.has("guild_id")).as("listed presences lack guild_id").isFalse();
        String status = presence.path("status").asString();
        assertThat(status).isIn("online", "idle", "dnd");
        if (presence.path("user").path("id").asString().equals(id(discord.botUserId()))) {
          continue;
        }
        statuses.add(status);
        JsonNode clientStatus = presence.path("client_status");
        assertThat(clientStatus.properties()).hasSize(1);
        String platform = clientStatus.properties().iterator().next().getKey();
        assertThat(platform).isIn("desktop", "mobile", "web");
        assertThat(clientStatus.path(platform).asString()).isEqualTo(status);
        platforms.add(platform);
        assertThat(presence.path("activities")).hasSize(1);
        JsonNode activity = presence.path("activities").get(0);
        assertThat(activity.path("name").asString()).isNotBlank();
        assertThat(activity.path("created_at").isIntegralNumber()).isTrue();
        // Undocumented, but Discord sends it and Discord4J needs it.
        assertThat(activity.path("id").asString())
            .isEqualTo(
                activity.path("type").asInt() == 4 ? "custom" : activity.path("id").asString())
            .isNotBlank();
        activityTypes.add(activity.path("type").asInt());
      }
      assertThat(statuses).containsExactlyInAnyOrder("online", "idle", "dnd");
      assertThat(platforms).containsExactlyInAnyOrder("desktop", "mobile", "web");
      assertThat(activityTypes).containsExactlyInAnyOrder(0, 2, 3, 4, 5);
    }

    // Without GUILD_PRESENCES: only the bot is listed, and no presence at all.
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      JsonNode create =
          guildCreate(client, discord.botToken(), GUILDS | GUILD_MEMBERS, 50, guild.id());
      assertThat(userIds(create.path("members"))).containsExactly(id(discord.botUserId()));
      assertThat(create.path("presences").isEmpty()).isTrue();
    }
  }

  @Test
  void aLargeGuildListsOnlyItsOnlineMembersAndChunksCarryPresencesOnRequest() {
    CreatedGuild guild = discord.newGuild("large").members(198).onlineMembers(20).create();
    long[] online = guild.onlineMemberIds();
    Set<String> onlineAndBot = ids(online);
    onlineAndBot.add(id(discord.botUserId()));

    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      long intents = GUILDS | GUILD_MEMBERS | GUILD_PRESENCES;
      JsonNode create = guildCreate(client, discord.botToken(), intents, 50, guild.id());
      assertThat(create.path("large").asBoolean()).isTrue();
      assertThat(create.path("member_count").asInt()).isEqualTo(200);
      assertThat(userIds(create.path("members"))).isEqualTo(onlineAndBot);
      assertThat(userIds(create.path("presences"))).isEqualTo(onlineAndBot);

      // The whole member list with presences: every online member's, in the chunk of its member.
      client.send(
          """
          {"op":8,"d":{"guild_id":"%s","query":"","limit":0,"presences":true}}\
          """
              .formatted(id(guild.id())));
      JsonNode chunk = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      assertThat(chunk.path("members")).hasSize(200);
      assertThat(userIds(chunk.path("presences"))).isEqualTo(onlineAndBot);
      for (JsonNode presence : chunk.path("presences")) {
        assertThat(presence.path("status").asString()).isIn("online", "idle", "dnd");
      }

      // By ids, with presences: an online and an offline member.
      long offline = guild.memberIds()[150];
      client.send(
          """
          {"op":8,"d":{"guild_id":"%s","user_ids":["%s","%s"],"presences":true}}\
          """
              .formatted(id(guild.id()), id(online[3]), id(offline)));
      JsonNode byIds = client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d");
      assertThat(userIds(byIds.path("members")))
          .containsExactlyInAnyOrder(id(online[3]), id(offline));
      assertThat(userIds(byIds.path("presences"))).containsExactly(id(online[3]));

      // Without asking for presences there are none.
      client.send(
          """
          {"op":8,"d":{"guild_id":"%s","user_ids":["%s"]}}\
          """
              .formatted(id(guild.id()), id(online[3])));
      assertThat(client.nextDispatch("GUILD_MEMBERS_CHUNK").path("d").has("presences")).isFalse();
    }

    // With large_threshold 250 the guild is not large: all 200 members, the same presences.
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      long intents = GUILDS | GUILD_MEMBERS | GUILD_PRESENCES;
      JsonNode create = guildCreate(client, discord.botToken(), intents, 250, guild.id());
      assertThat(create.path("large").asBoolean()).isFalse();
      assertThat(create.path("members")).hasSize(200);
      assertThat(userIds(create.path("presences"))).isEqualTo(onlineAndBot);
    }
  }

  @Test
  void onlineMembersAreCheckedAgainstTheMembersTheBuilderAdds() {
    invalid(() -> discord.newGuild("ok").onlineMembers(-1), "-1");
    invalid(() -> discord.newGuild("ok").members(3).onlineMembers(4).create(), "more than the 3");
    invalid(
        () -> discord.newGuild("ok").member("alice").members(1).onlineMembers(3).create(),
        "more than the 2");
    assertThat(discord.world().guilds()).hasSize(1);
    CreatedGuild quiet = discord.newGuild("quiet").members(5).create();
    assertThat(quiet.onlineMemberIds()).isEmpty();
    assertThat(quiet.toString()).contains("online=0", "emojis=0");
  }

  @Test
  void theHttpControlsBuildOnlineMembersAndEmojisToo() {
    try (RestClient control =
        new RestClient(URI.create(discord.restUrl().resolve("/_testkit").toString()), null)) {
      HttpResponse<String> built =
          control.post(
              "/guilds",
              """
              {"name": "over http", "member_count": 10, "online_member_count": 4, "emoji_count": 2}
              """);
      assertThat(built.statusCode()).isEqualTo(200);
      JsonNode json = RestClient.json(built);
      assertThat(json.path("online_member_ids")).hasSize(4);
      assertThat(json.path("emoji_ids")).hasSize(2);
      List<String> memberIds = new ArrayList<>();
      json.path("member_ids").forEach(node -> memberIds.add(node.asString()));
      List<String> onlineIds = new ArrayList<>();
      json.path("online_member_ids").forEach(node -> onlineIds.add(node.asString()));
      assertThat(onlineIds).isEqualTo(memberIds.subList(2, 6));
      HttpResponse<String> tooMany =
          control.post("/guilds", "{\"name\": \"too many\", \"emoji_count\": 51}");
      assertThat(tooMany.statusCode()).isEqualTo(400);
    }
  }
}
