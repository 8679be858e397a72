package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The read routes a client uses to learn about its application, guild, channel and members. */
class ResourceReadRoutesTest {

  OfflineDiscord discord;
  RestClient bot;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    bot.close();
    discord.close();
  }

  static String id(long id) {
    return Long.toString(id);
  }

  JsonNode ok(String path) {
    HttpResponse<String> response = bot.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("X-RateLimit-Bucket")).as(path).isPresent();
    return RestClient.json(response);
  }

  void assertError(String path, int status, int code, String message) {
    HttpResponse<String> response = bot.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    JsonNode body = RestClient.json(response);
    assertThat(body.path("code").asInt()).as(path).isEqualTo(code);
    assertThat(body.path("message").asString()).as(path).isEqualTo(message);
  }

  @Test
  void bothApplicationRoutesDescribeTheBotsApplication() {
    for (String path : new String[] {"/applications/@me", "/oauth2/applications/@me"}) {
      JsonNode application = ok(path);
      assertThat(application.path("id").asString()).isEqualTo(id(discord.applicationId()));
      assertThat(application.path("bot").path("id").asString()).isEqualTo(id(discord.botUserId()));
      assertThat(application.path("owner").path("id").asString())
          .isEqualTo(id(discord.humanUserId()));
      assertThat(application.path("verify_key").asString()).matches("[0-9a-f]{64}");
      assertThat(application.path("bot_public").isBoolean()).isTrue();
      assertThat(application.path("bot_require_code_grant").isBoolean()).isTrue();
      assertThat(application.get("team").isNull()).isTrue();
      // The same flags READY reports: all three privileged intents switched on, limited.
      assertThat(application.path("flags").asInt()).isEqualTo((1 << 13) | (1 << 15) | (1 << 19));
    }
  }

  @Test
  void listSkusAnswersTheApplicationsSku() {
    // resources/sku.mdx: the route is live although the OpenAPI description lacks it.
    JsonNode skus = ok("/applications/" + discord.applicationId() + "/skus");
    assertThat(skus.isArray()).isTrue();
    assertThat(skus.size()).isEqualTo(1);
    JsonNode sku = skus.get(0);
    assertThat(sku.path("application_id").asString()).isEqualTo(id(discord.applicationId()));
    assertThat(sku.path("type").asInt()).isEqualTo(2);
    assertThat(sku.path("name").asString()).isEqualTo("Premium");
    assertThat(sku.path("slug").asString()).isEqualTo("premium");
    assertThat(sku.path("flags").asInt()).isEqualTo(4);
    assertThat(sku.path("id").asString()).matches("[0-9]+");
    assertError(
        "/applications/1/skus",
        403,
        20012,
        "You are not authorized to perform this action on this application");
  }

  @Test
  void currentUserGuildsListsTheGuildWithTheBotsPermissions() {
    JsonNode guilds = ok("/users/@me/guilds");
    assertThat(guilds.isArray()).isTrue();
    assertThat(guilds.size()).isEqualTo(1);
    JsonNode guild = guilds.get(0);
    assertThat(guild.path("id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(guild.path("owner").asBoolean(true)).isFalse();
    long permissions = Long.parseLong(guild.path("permissions").asString());
    long viewAndSend = 1L << 10 | 1L << 11;
    assertThat(permissions & viewAndSend).isEqualTo(viewAndSend);
  }

  @Test
  void guildChannelAndMemberComeFromTheWorld() {
    JsonNode guild = ok("/guilds/" + discord.guildId());
    assertThat(guild.path("id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(guild.path("owner_id").asString()).isEqualTo(id(discord.humanUserId()));
    assertThat(guild.path("roles").get(0).path("id").asString()).isEqualTo(id(discord.guildId()));
    assertThat(guild.has("channels")).as("REST guilds carry no channels").isFalse();
    assertThat(guild.has("approximate_member_count")).isFalse();
    JsonNode counted = ok("/guilds/" + discord.guildId() + "?with_counts=true");
    assertThat(counted.path("approximate_member_count").asInt()).isEqualTo(2);
    assertThat(counted.path("approximate_presence_count").isIntegralNumber()).isTrue();

    JsonNode channels = ok("/guilds/" + discord.guildId() + "/channels");
    assertThat(channels.size()).isEqualTo(1);
    assertThat(channels.get(0).path("id").asString()).isEqualTo(id(discord.channelId()));
    assertThat(channels.get(0).path("guild_id").asString()).isEqualTo(id(discord.guildId()));

    long messageId = discord.humanSays(discord.channelId(), "hello");
    JsonNode channel = ok("/channels/" + discord.channelId());
    assertThat(channel.path("name").asString()).isEqualTo("general");
    assertThat(channel.path("type").asInt()).isZero();
    assertThat(channel.path("last_message_id").asString()).isEqualTo(id(messageId));

    JsonNode member = ok("/guilds/" + discord.guildId() + "/members/" + discord.botUserId());
    assertThat(member.path("user").path("id").asString()).isEqualTo(id(discord.botUserId()));
    assertThat(member.path("roles").isArray()).isTrue();
    assertThat(member.path("joined_at").isString()).isTrue();

    JsonNode user = ok("/users/" + discord.humanUserId());
    assertThat(user.path("username").asString()).isEqualTo("human");
    assertThat(user.has("email")).as("another user's private fields stay private").isFalse();
  }

  @Test
  void unknownIdsAnswerWithDiscordsCodes() {
    assertError("/guilds/1", 404, 10004, "Unknown Guild");
    assertError("/guilds/1/channels", 404, 10004, "Unknown Guild");
    assertError("/guilds/" + discord.guildId() + "/members/1", 404, 10007, "Unknown Member");
    assertError("/guilds/1/members/" + discord.botUserId(), 404, 10004, "Unknown Guild");
    assertError("/channels/1", 404, 10003, "Unknown Channel");
    assertError("/users/1", 404, 10013, "Unknown User");
  }

  @Test
  void readsNeedTheBotToken() {
    try (RestClient anonymous = new RestClient(discord.restUrl(), null)) {
      assertThat(anonymous.get("/oauth2/applications/@me").statusCode()).isEqualTo(401);
      assertThat(anonymous.get("/guilds/" + discord.guildId()).statusCode()).isEqualTo(401);
    }
  }
}
