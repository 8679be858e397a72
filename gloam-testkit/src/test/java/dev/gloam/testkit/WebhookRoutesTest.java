package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Permissions;
import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Webhooks: create, read, modify, delete, execute, and their messages, over real sockets. */
class WebhookRoutesTest {

  static final long INTENTS = 1 | 1 << 2 | 1 << 5 | 1 << 9 | 1 << 15;

  OfflineDiscord discord;
  RestClient bot;
  RestClient anonymous;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    anonymous = new RestClient(discord.restUrl(), null);
  }

  @AfterEach
  void stop() {
    bot.close();
    anonymous.close();
    discord.close();
  }

  static JsonNode dispatch(GatewayClient gateway, String type) {
    return gateway.awaitDispatch(type, 50);
  }

  JsonNode createWebhook(String name) {
    String path = "/channels/" + discord.channelId() + "/webhooks";
    HttpResponse<String> response = bot.post(path, "{\"name\":\"" + name + "\"}");
    return ResponseSchemas.assertValid("POST", path, response);
  }

  @Test
  void createdWebhookIsListedReadAndAnnounced() {
    try (GatewayClient gateway = GatewayClient.connect(discord.gatewayUrl(), false)) {
      gateway.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      JsonNode webhook = createWebhook("Deploys");
      assertThat(webhook.path("type").asInt()).isEqualTo(1);
      assertThat(webhook.path("name").asString()).isEqualTo("Deploys");
      assertThat(webhook.path("channel_id").asString())
          .isEqualTo(Long.toString(discord.channelId()));
      assertThat(webhook.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(webhook.path("application_id").asString())
          .isEqualTo(Long.toString(discord.applicationId()));
      assertThat(webhook.path("user").path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));
      assertThat(webhook.path("token").asString()).hasSize(68);
      JsonNode update = dispatch(gateway, "WEBHOOKS_UPDATE");
      assertThat(update.path("channel_id").asString())
          .isEqualTo(Long.toString(discord.channelId()));
      JsonNode audit = dispatch(gateway, "GUILD_AUDIT_LOG_ENTRY_CREATE");
      assertThat(audit.path("action_type").asInt()).isEqualTo(50);
      assertThat(audit.path("target_id").asString()).isEqualTo(webhook.path("id").asString());

      String id = webhook.path("id").asString();
      String channelList = "/channels/" + discord.channelId() + "/webhooks";
      JsonNode listed = ResponseSchemas.assertValid("GET", channelList, bot.get(channelList));
      assertThat(listed).hasSize(1);
      String guildList = "/guilds/" + discord.guildId() + "/webhooks";
      assertThat(ResponseSchemas.assertValid("GET", guildList, bot.get(guildList))).hasSize(1);
      JsonNode read =
          ResponseSchemas.assertValid("GET", "/webhooks/" + id, bot.get("/webhooks/" + id));
      assertThat(read.path("name").asString()).isEqualTo("Deploys");

      // With its token, no bot token is needed, and the creator is left out.
      String withToken = "/webhooks/" + id + "/" + webhook.path("token").asString();
      JsonNode byToken = ResponseSchemas.assertValid("GET", withToken, anonymous.get(withToken));
      assertThat(byToken.has("user")).isFalse();
      // The token never reaches the wire log.
      assertThat(discord.wireLog())
          .noneMatch(
              event ->
                  event.body().contains(webhook.path("token").asString())
                      || event.summary().contains(webhook.path("token").asString()));
    }
  }

  @Test
  void modifyRenamesAndMovesThenDeleteRemoves() {
    JsonNode webhook = createWebhook("Old");
    String id = webhook.path("id").asString();
    ObjectNode second = discord.world().guild().channels().get(discord.channelId()).orElseThrow();
    long otherChannel = discord.world().nextId();
    second.put("id", Long.toString(otherChannel));
    second.put("name", "other");
    discord.world().guild().channels().put(otherChannel, second);
    String path = "/webhooks/" + id;
    HttpResponse<String> modified =
        bot.send("PATCH", path, "{\"name\":\"New\",\"channel_id\":\"" + otherChannel + "\"}");
    JsonNode body = ResponseSchemas.assertValid("PATCH", path, modified);
    assertThat(body.path("name").asString()).isEqualTo("New");
    assertThat(body.path("channel_id").asString()).isEqualTo(Long.toString(otherChannel));
    assertThat(RestClient.json(bot.get("/channels/" + otherChannel + "/webhooks"))).hasSize(1);
    assertThat(RestClient.json(bot.get("/channels/" + discord.channelId() + "/webhooks")))
        .isEmpty();

    String withToken = path + "/" + webhook.path("token").asString();
    HttpResponse<String> renamed = anonymous.send("PATCH", withToken, "{\"name\":\"Newer\"}");
    assertThat(ResponseSchemas.assertValid("PATCH", withToken, renamed).path("name").asString())
        .isEqualTo("Newer");

    assertThat(bot.send("DELETE", path, null).statusCode()).isEqualTo(204);
    JsonNode gone = RestClient.json(bot.get(path));
    assertThat(gone.path("code").asInt()).isEqualTo(10015);
    assertThat(anonymous.send("DELETE", withToken, null).statusCode()).isEqualTo(404);
  }

  @Test
  void executeStoresTheMessageAsTheWebhookAndItCanBeEditedAndDeleted() {
    JsonNode webhook = createWebhook("Alerts");
    String id = webhook.path("id").asString();
    String base = "/webhooks/" + id + "/" + webhook.path("token").asString();
    try (GatewayClient gateway = GatewayClient.connect(discord.gatewayUrl(), false)) {
      gateway.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
      // Without wait: 204 and still stored.
      HttpResponse<String> quiet = anonymous.post(base, "{\"content\":\"first\"}");
      assertThat(quiet.statusCode()).isEqualTo(204);
      JsonNode created = dispatch(gateway, "MESSAGE_CREATE");
      assertThat(created.path("author").path("id").asString()).isEqualTo(id);
      assertThat(created.path("content").asString()).isEqualTo("first");
      assertThat(created.path("webhook_id").asString()).isEqualTo(id);

      HttpResponse<String> sent =
          anonymous.post(base + "?wait=true", "{\"content\":\"second\",\"username\":\"Pager\"}");
      JsonNode message = ResponseSchemas.assertValid("POST", base, sent);
      assertThat(message.path("webhook_id").asString()).isEqualTo(id);
      assertThat(message.path("author").path("username").asString()).isEqualTo("Pager");
      assertThat(message.path("author").path("bot").asBoolean()).isTrue();
      String messageId = message.path("id").asString();
      assertThat(discord.messages(discord.channelId()))
          .extracting(RecordedMessage::content)
          .containsExactly("first", "second");

      String one = base + "/messages/" + messageId;
      assertThat(
              ResponseSchemas.assertValid("GET", one, anonymous.get(one))
                  .path("content")
                  .asString())
          .isEqualTo("second");
      JsonNode edited =
          ResponseSchemas.assertValid(
              "PATCH", one, anonymous.send("PATCH", one, "{\"content\":\"edited\"}"));
      assertThat(edited.path("content").asString()).isEqualTo("edited");
      assertThat(edited.path("edited_timestamp").isString()).isTrue();
      JsonNode update = dispatch(gateway, "MESSAGE_UPDATE");
      assertThat(update.path("id").asString()).isEqualTo(messageId);
      assertThat(update.path("content").asString()).isEqualTo("edited");
      // The channel's own reads see the webhook's edit: one message, not two copies.
      String inChannel = "/channels/" + discord.channelId() + "/messages/" + messageId;
      JsonNode read = ResponseSchemas.assertValid("GET", inChannel, bot.get(inChannel));
      assertThat(read.path("content").asString()).isEqualTo("edited");
      assertThat(read.path("webhook_id").asString()).isEqualTo(id);
      assertThat(read.path("edited_timestamp").isString()).isTrue();

      assertThat(anonymous.send("DELETE", one, null).statusCode()).isEqualTo(204);
      assertThat(dispatch(gateway, "MESSAGE_DELETE").path("id").asString()).isEqualTo(messageId);
      assertThat(RestClient.json(anonymous.get(one)).path("code").asInt()).isEqualTo(10008);
      assertThat(RestClient.json(bot.get(inChannel)).path("code").asInt()).isEqualTo(10008);
      assertThat(discord.messages(discord.channelId()))
          .extracting(RecordedMessage::content)
          .containsExactly("first");
    }
  }

  @Test
  void refusalsUseDiscordsCodes() {
    // A name Discord reserves.
    String path = "/channels/" + discord.channelId() + "/webhooks";
    JsonNode reserved = RestClient.json(bot.post(path, "{\"name\":\"my Discord hook\"}"));
    assertThat(reserved.path("code").asInt()).isEqualTo(50035);
    assertThat(reserved.path("errors").path("name").path("_errors").get(0).path("code").asString())
        .isEqualTo("USERNAME_INVALID_CONTAINS");
    // Unknown webhook, and a known one with a wrong token.
    assertThat(RestClient.json(bot.get("/webhooks/1")).path("code").asInt()).isEqualTo(10015);
    JsonNode webhook = createWebhook("Real");
    HttpResponse<String> wrongToken =
        anonymous.post(
            "/webhooks/" + webhook.path("id").asString() + "/" + "x".repeat(68),
            "{\"content\":\"hi\"}");
    assertThat(wrongToken.statusCode()).isEqualTo(401);
    assertThat(RestClient.json(wrongToken).path("code").asInt()).isEqualTo(50027);
    // An empty message.
    String base =
        "/webhooks/" + webhook.path("id").asString() + "/" + webhook.path("token").asString();
    assertThat(RestClient.json(anonymous.post(base, "{}")).path("code").asInt()).isEqualTo(50006);
    // Without MANAGE_WEBHOOKS the bot may neither create nor list.
    Guild guild = discord.world().guild();
    ObjectNode role = guild.roles().get(guild.botRoleId()).orElseThrow();
    long permissions = Long.parseLong(role.path("permissions").asString());
    role.put("permissions", Long.toString(permissions & ~Permissions.MANAGE_WEBHOOKS));
    guild.roles().put(guild.botRoleId(), role);
    HttpResponse<String> refused = bot.post(path, "{\"name\":\"Nope\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(RestClient.json(refused).path("code").asInt()).isEqualTo(50013);
    assertThat(bot.get("/guilds/" + discord.guildId() + "/webhooks").statusCode()).isEqualTo(403);
  }

  @Test
  void fifteenWebhooksPerChannelAtMost() {
    for (int i = 0; i < 15; i++) {
      createWebhook("hook" + i);
    }
    HttpResponse<String> response =
        bot.post("/channels/" + discord.channelId() + "/webhooks", "{\"name\":\"one more\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RestClient.json(response).path("code").asInt()).isEqualTo(30007);
  }
}
