package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A started offline Discord with a bot REST client and, on demand, one identified gateway session,
 * for the tests of threads, scheduled events, auto moderation, stage instances and the audit log.
 */
final class ThreadFamilyFixture implements AutoCloseable {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;
  static final long GUILD_MODERATION = 1 << 2;
  static final long GUILD_MESSAGES = 1 << 9;
  static final long MESSAGE_CONTENT = 1 << 15;
  static final long GUILD_SCHEDULED_EVENTS = 1 << 16;
  static final long AUTO_MODERATION_CONFIGURATION = 1 << 20;
  static final long AUTO_MODERATION_EXECUTION = 1 << 21;

  final OfflineDiscord discord = OfflineDiscord.start();
  final RestClient bot = new RestClient(discord.restUrl(), discord.botToken());
  private GatewayClient gateway;

  /** Connects a session and reads up to its GUILD_CREATE. */
  GatewayClient gateway(long intents) {
    gateway = GatewayClient.connect(discord.gatewayUrl(), false);
    gateway.identifyAndSkipToGuildCreate(discord.botToken(), intents);
    return gateway;
  }

  /** Reads dispatches until one of the type arrives (skipping the others) and returns its body. */
  JsonNode awaitDispatch(String type) {
    return gateway.awaitDispatch(type, 200);
  }

  String guild() {
    return "/guilds/" + discord.guildId();
  }

  String general() {
    return "/channels/" + discord.channelId();
  }

  HttpResponse<String> send(String method, String path, String body) {
    return bot.send(method, path, body);
  }

  /** Sends a request with an X-Audit-Log-Reason header. */
  HttpResponse<String> sendWithReason(String method, String path, String body, String reason) {
    return bot.send(method, path, body, reason);
  }

  /** Sends a request that must succeed with the status, checks the answer's schema, returns it. */
  JsonNode ok(int status, String method, String path, String body) {
    HttpResponse<String> response = send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(status);
    if (status == 204) {
      assertThat(response.body()).isEmpty();
      return null;
    }
    int query = path.indexOf('?');
    return ResponseSchemas.assertValid(
        method, query < 0 ? path : path.substring(0, query), response);
  }

  /** Sends a request that must fail with Discord's status and JSON error code. */
  JsonNode error(int status, int code, String method, String path, String body) {
    HttpResponse<String> response = send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(status);
    JsonNode json = RestClient.json(response);
    assertThat(json.path("code").asInt()).as(response.body()).isEqualTo(code);
    return json;
  }

  /** Adds a channel of a type to the first guild, as a test control. */
  long addChannel(int type, String name) {
    Guild guild = discord.world().guild();
    long id = discord.world().nextId();
    ObjectNode channel = Channels.newChannel(id, guild.id(), type, name, guild.channels().size());
    guild.channels().put(id, channel);
    return id;
  }

  /** Replaces what the bot's managed role grants; 0 leaves the bot with {@code @everyone}'s. */
  void botPermissions(long permissions) {
    Guild guild = discord.world().guild();
    ObjectNode role = guild.roles().get(guild.botRoleId()).orElseThrow();
    role.put("permissions", Long.toUnsignedString(permissions));
    guild.roles().put(guild.botRoleId(), role);
  }

  static String id(long id) {
    return Json.id(id);
  }

  @Override
  public void close() {
    if (gateway != null) {
      gateway.close();
    }
    bot.close();
    discord.close();
  }
}
