package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the message family's tests share: a running testkit, a bot client and small helpers. */
abstract class MessageFamilyTestBase {

  static final long GUILDS = 1;
  static final long GUILD_MESSAGES = 1 << 9;
  static final long GUILD_MESSAGE_REACTIONS = 1 << 10;
  static final long MESSAGE_CONTENT = 1 << 15;
  static final long GUILD_MESSAGE_POLLS = 1 << 24;

  OfflineDiscord discord;
  RestClient bot;

  @BeforeEach
  void start() {
    discord =
        OfflineDiscord.builder()
            .rateLimits(RateLimits.notEnforced())
            .identifyConcurrency(1, Duration.ZERO)
            .start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    bot.close();
    discord.close();
  }

  static String id(long id) {
    return Long.toUnsignedString(id);
  }

  String channelPath() {
    return "/channels/" + id(discord.channelId());
  }

  GatewayClient gateway(long intents) {
    GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false);
    client.identifyAndSkipToGuildCreate(discord.botToken(), intents);
    discord.awaitSessions(1, GatewayClient.WAIT);
    return client;
  }

  /** Sends a request and checks the answer against its operation's schema. */
  JsonNode valid(String method, String path, String body) {
    HttpResponse<String> response = bot.send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 299);
    int query = path.indexOf('?');
    return ResponseSchemas.assertValid(
        method, query < 0 ? path : path.substring(0, query), response);
  }

  void assertNoContent(String method, String path, String body) {
    HttpResponse<String> response = bot.send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  void assertError(String method, String path, String body, int status, int code) {
    HttpResponse<String> response = bot.send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(status);
    assertThat(RestClient.json(response).path("code").asInt()).as(response.body()).isEqualTo(code);
  }

  JsonNode botSays(String content) {
    return valid("POST", channelPath() + "/messages", "{\"content\":\"" + content + "\"}");
  }

  /** Gives the bot only these permissions in the first guild (and @everyone nothing). */
  void botMayOnly(long permissions) {
    Guild guild = discord.world().guild();
    setPermissions(guild, guild.id(), 0);
    setPermissions(guild, guild.botRoleId(), permissions);
  }

  /** Adds a channel of a type to the first guild. */
  long addChannel(int type, String name) {
    Guild guild = discord.world().guild();
    long channelId = discord.world().nextId();
    guild.channels().put(channelId, Channels.newChannel(channelId, guild.id(), type, name, 1));
    return channelId;
  }

  static final long EVERYTHING = Permissions.BOT_DEFAULT;

  private static void setPermissions(Guild guild, long roleId, long permissions) {
    ObjectNode role = guild.roles().get(roleId).orElseThrow();
    role.put("permissions", Long.toUnsignedString(permissions));
    guild.roles().put(roleId, role);
  }
}
