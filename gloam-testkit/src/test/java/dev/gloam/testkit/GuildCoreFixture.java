package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.internal.world.Roles;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A testkit, a bot REST client and a gateway session that saw GUILD_CREATE, shared by the tests of
 * the guild, channel and role routes.
 */
final class GuildCoreFixture implements AutoCloseable {

  static final long GUILDS = 1;
  static final long GUILD_MEMBERS = 1 << 1;
  static final long GUILD_MESSAGE_TYPING = 1 << 11;

  final OfflineDiscord discord =
      OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
  final RestClient bot = new RestClient(discord.restUrl(), discord.botToken());
  final GatewayClient gateway;

  GuildCoreFixture(long intents) {
    gateway = GatewayClient.connect(discord.gatewayUrl(), false);
    gateway.identifyAndSkipToGuildCreate(discord.botToken(), intents);
  }

  String guild() {
    return "/guilds/" + discord.guildId();
  }

  Guild world() {
    return discord.world().guild();
  }

  /** Sends a request that must succeed, checks its answer against the description, parses it. */
  JsonNode ok(String method, String path, String body) {
    HttpResponse<String> response = bot.send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 299);
    if (response.statusCode() == 204) {
      assertThat(response.body()).isEmpty();
      return null;
    }
    return ResponseSchemas.assertValid(method, path.replaceAll("\\?.*", ""), response);
  }

  /** Sends a request that must fail with a status and Discord's code. */
  JsonNode error(String method, String path, String body, int status, int code) {
    HttpResponse<String> response = bot.send(method, path, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(status);
    JsonNode json = RestClient.json(response);
    assertThat(json.path("code").asInt()).as(response.body()).isEqualTo(code);
    return json;
  }

  /** Sends a request with an {@code X-Audit-Log-Reason}, URL-encoded as Discord expects it. */
  HttpResponse<String> withReason(String method, String path, String body, String reason) {
    return bot.send(method, path, body, reason);
  }

  /** Waits for the next dispatch, which must be of the type, and returns its {@code d}. */
  JsonNode event(String type) {
    return gateway.nextDispatch(type).path("d");
  }

  /** The newest audit log entry of the first guild. */
  ObjectNode lastAudit() {
    List<ObjectNode> entries = world().auditLog().all();
    assertThat(entries).isNotEmpty();
    return entries.get(entries.size() - 1);
  }

  /** Takes permissions away from the bot's managed role. */
  void botLoses(long permissions) {
    Guild guild = world();
    ObjectNode role = guild.roles().get(guild.botRoleId()).orElseThrow();
    role.put(
        "permissions",
        Long.toUnsignedString(Roles.permissions(role) & ~permissions & Permissions.ALL));
    guild.roles().put(guild.botRoleId(), role);
  }

  /** A fresh identify, to see what GUILD_CREATE says now. */
  JsonNode freshGuildCreate() {
    try (GatewayClient later = GatewayClient.connect(discord.gatewayUrl(), false)) {
      assertThat(later.next().path("op").asInt()).isEqualTo(10);
      later.identify(discord.botToken(), GUILDS);
      later.nextDispatch("READY");
      return later.nextDispatch("GUILD_CREATE").path("d");
    }
  }

  static String id(long id) {
    return Long.toString(id);
  }

  @Override
  public void close() {
    gateway.close();
    bot.close();
    discord.close();
  }
}
