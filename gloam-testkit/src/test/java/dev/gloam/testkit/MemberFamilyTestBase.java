package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Roles;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the tests of the member, ban, emoji, sticker and invite routes share: a running testkit, a
 * REST client, a gateway session with the intents of those events, and helpers for audit reasons,
 * multipart bodies, the audit log and the bot's permissions.
 */
abstract class MemberFamilyTestBase {

  /** GUILDS, GUILD_MEMBERS, GUILD_MODERATION, GUILD_EXPRESSIONS and GUILD_INVITES. */
  static final long INTENTS = 1L | 1L << 1 | 1L << 2 | 1L << 3 | 1L << 6;

  OfflineDiscord discord;
  RestClient bot;
  GatewayClient gateway;
  HttpClient http;
  String guildPath;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    gateway = GatewayClient.connect(discord.gatewayUrl(), false);
    gateway.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
    guildPath = "/guilds/" + discord.guildId();
  }

  @AfterEach
  void stop() {
    gateway.close();
    http.close();
    bot.close();
    discord.close();
  }

  static String id(long id) {
    return Long.toUnsignedString(id);
  }

  /** Sends a request with a JSON body (or none) and an audit log reason (or none). */
  HttpResponse<String> send(String method, String path, String json, String reason) {
    return bot.send(method, path, json, reason);
  }

  /** Sends a multipart form of text fields and one file part named {@code file}. */
  HttpResponse<String> multipart(String path, String filename, String... fields) {
    String boundary = "gloamtestboundary";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      body.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(fields[i])
          .append("\"\r\n\r\n")
          .append(fields[i + 1])
          .append("\r\n");
    }
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(filename)
        .append("\"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n--")
        .append(boundary)
        .append("--\r\n");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bot " + discord.botToken())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return exchange(request);
  }

  private HttpResponse<String> exchange(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Asserts a 2xx answer valid under its operation's schema and returns its body. */
  static JsonNode valid(String method, String path, HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isBetween(200, 299);
    return ResponseSchemas.assertValid(method, path, response);
  }

  /** Asserts a 204 with no body. */
  static void noContent(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(response.body()).isEmpty();
  }

  /** Asserts one of Discord's error answers. */
  static JsonNode error(HttpResponse<String> response, int status, int code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode body = RestClient.json(response);
    assertThat(body.path("code").asInt()).as(response.body()).isEqualTo(code);
    return body;
  }

  /** Reads dispatches until one of the type arrives, skipping others (audit log entries...). */
  JsonNode awaitDispatch(String type) {
    return gateway.awaitDispatch(type, 50);
  }

  /** The newest audit log entry of the first guild. */
  ObjectNode lastAuditEntry() {
    var entries = discord.world().guild().auditLog().all();
    assertThat(entries).isNotEmpty();
    return entries.getLast();
  }

  /** Replaces what the bot's managed role grants in the first guild. */
  void botRolePermissions(long permissions) {
    Guild guild = discord.world().guild();
    ObjectNode role = guild.roles().get(guild.botRoleId()).orElseThrow();
    role.put("permissions", Long.toUnsignedString(permissions));
    guild.roles().put(guild.botRoleId(), role);
    assertThat(Roles.permissions(guild.roles().get(guild.botRoleId()).orElseThrow()))
        .isEqualTo(permissions);
  }

  /** Adds a role below the bot's managed role (positions 1 and up move up by one). */
  long roleBelowBot(String name) {
    Guild guild = discord.world().guild();
    long roleId = discord.world().nextId();
    ObjectNode botRole = guild.roles().get(guild.botRoleId()).orElseThrow();
    botRole.put("position", 2);
    guild.roles().put(guild.botRoleId(), botRole);
    guild.roles().put(roleId, Roles.newRole(roleId, name, 0, 1));
    return roleId;
  }

  /** Adds a role above the bot's managed role. */
  long roleAboveBot(String name) {
    Guild guild = discord.world().guild();
    long roleId = discord.world().nextId();
    guild.roles().put(roleId, Roles.newRole(roleId, name, 0, 5));
    return roleId;
  }
}
