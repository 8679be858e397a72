package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RestApiTest {

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

  String messagesPath() {
    return "/channels/" + discord.channelId() + "/messages";
  }

  @Test
  void restUrlHasNoTrailingSlash() {
    assertThat(discord.restUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+/api/v10");
    assertThat(discord.gatewayUrl().toString()).matches("ws://127\\.0\\.0\\.1:\\d+");
  }

  @Test
  void missingOrWrongTokenIsUnauthorized() {
    try (RestClient anonymous = new RestClient(discord.restUrl(), null);
        RestClient wrong = new RestClient(discord.restUrl(), "nope")) {
      for (HttpResponse<String> response :
          List.of(anonymous.get("/users/@me"), wrong.get("/gateway/bot"))) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = RestClient.json(response);
        assertThat(body.path("message").asString()).isEqualTo("401: Unauthorized");
        assertThat(body.path("code").asInt()).isZero();
      }
    }
  }

  @Test
  void gatewayNeedsNoToken() {
    try (RestClient anonymous = new RestClient(discord.restUrl(), null)) {
      HttpResponse<String> response = anonymous.get("/gateway");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(RestClient.json(response).path("url").asString())
          .isEqualTo(discord.gatewayUrl().toString());
    }
  }

  @Test
  void gatewayBotReportsShardsAndSessionStartLimit() {
    HttpResponse<String> before = bot.get("/gateway/bot");
    assertThat(before.statusCode()).isEqualTo(200);
    JsonNode body = RestClient.json(before);
    assertThat(body.path("url").asString()).isEqualTo(discord.gatewayUrl().toString());
    assertThat(body.path("shards").asInt()).isEqualTo(1);
    JsonNode limit = body.path("session_start_limit");
    assertThat(limit.path("total").asInt()).isEqualTo(1000);
    assertThat(limit.path("remaining").asInt()).isEqualTo(1000);
    assertThat(limit.path("reset_after").asLong()).isPositive();
    assertThat(limit.path("max_concurrency").asInt()).isEqualTo(1);
    assertRateLimitHeaders(before);

    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 513);
    }
    JsonNode after = RestClient.json(bot.get("/gateway/bot"));
    assertThat(after.path("session_start_limit").path("remaining").asInt()).isEqualTo(999);
  }

  @Test
  void currentUserIsTheBot() {
    HttpResponse<String> response = bot.get("/users/@me");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode user = RestClient.json(response);
    assertThat(user.path("id").isString()).isTrue();
    assertThat(user.path("id").asString()).isEqualTo(Long.toString(discord.botUserId()));
    assertThat(user.path("username").asString()).isEqualTo("gloam-bot");
    assertThat(user.path("discriminator").asString()).isEqualTo("0");
    assertThat(user.has("global_name") && user.get("global_name").isNull()).isTrue();
    assertThat(user.has("avatar") && user.get("avatar").isNull()).isTrue();
    assertThat(user.path("bot").asBoolean()).isTrue();
    assertThat(user.path("flags").isInt()).isTrue();
    assertThat(user.path("public_flags").isInt()).isTrue();
    assertThat(user.path("mfa_enabled").isBoolean()).isTrue();
    assertRateLimitHeaders(response);
  }

  @Test
  void createMessageStoresReturnsAndDispatchesIt() {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 1 | 1 << 9);
      discord.awaitSessions(1, GatewayClient.WAIT);

      HttpResponse<String> response =
          bot.post(messagesPath(), "{\"content\":\"Pong!\",\"nonce\":\"n-1\",\"tts\":false}");

      assertThat(response.statusCode()).isEqualTo(200);
      assertRateLimitHeaders(response);
      assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
      JsonNode message = RestClient.json(response);
      assertThat(message.path("id").isString()).isTrue();
      assertThat(message.path("channel_id").asString())
          .isEqualTo(Long.toString(discord.channelId()));
      assertThat(message.path("author").path("id").asString())
          .isEqualTo(Long.toString(discord.botUserId()));
      assertThat(message.path("author").path("bot").asBoolean()).isTrue();
      assertThat(message.path("content").asString()).isEqualTo("Pong!");
      assertThat(message.path("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+00:00");
      assertThat(message.get("edited_timestamp").isNull()).isTrue();
      assertThat(message.path("tts").asBoolean(true)).isFalse();
      assertThat(message.path("mention_everyone").asBoolean(true)).isFalse();
      assertThat(message.path("pinned").asBoolean(true)).isFalse();
      assertThat(message.path("type").asInt()).isZero();
      assertThat(message.path("flags").asInt()).isZero();
      assertThat(message.path("nonce").asString()).isEqualTo("n-1");
      for (String list :
          new String[] {"mentions", "mention_roles", "attachments", "embeds", "components"}) {
        assertThat(message.path(list).isArray()).as(list).isTrue();
      }

      RecordedMessage stored =
          discord.awaitMessage(m -> m.content().equals("Pong!"), GatewayClient.WAIT);
      assertThat(stored.id()).isEqualTo(Long.parseLong(message.path("id").asString()));
      assertThat(stored.authorId()).isEqualTo(discord.botUserId());
      assertThat(stored.channelId()).isEqualTo(discord.channelId());

      // The bot's own message keeps its content even without the MESSAGE_CONTENT intent.
      JsonNode event = client.nextDispatch("MESSAGE_CREATE").path("d");
      assertThat(event.path("id").asString()).isEqualTo(message.path("id").asString());
      assertThat(event.path("content").asString()).isEqualTo("Pong!");
      assertThat(event.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(event.path("member").isObject()).isTrue();
    }
  }

  @Test
  void replyReferencesTheOriginalMessage() {
    long ping = discord.humanSays(discord.channelId(), "!ping");
    HttpResponse<String> response =
        bot.post(
            messagesPath(),
            "{\"content\":\"Pong!\",\"message_reference\":{\"message_id\":\"" + ping + "\"}}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode message = RestClient.json(response);
    assertThat(message.path("type").asInt()).isEqualTo(19);
    assertThat(message.path("message_reference").path("message_id").asString())
        .isEqualTo(Long.toString(ping));
    assertThat(message.path("referenced_message").path("content").asString()).isEqualTo("!ping");
  }

  @Test
  void unknownChannelIs404() {
    HttpResponse<String> response = bot.post("/channels/1234/messages", "{\"content\":\"hi\"}");
    assertThat(response.statusCode()).isEqualTo(404);
    JsonNode body = RestClient.json(response);
    assertThat(body.path("message").asString()).isEqualTo("Unknown Channel");
    assertThat(body.path("code").asInt()).isEqualTo(10003);
  }

  @Test
  void contentOver2000CharactersIsAnInvalidFormBody() {
    HttpResponse<String> response =
        bot.post(messagesPath(), "{\"content\":\"" + "a".repeat(2001) + "\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = RestClient.json(response);
    assertThat(body.path("code").asInt()).isEqualTo(50035);
    assertThat(body.path("message").asString()).isEqualTo("Invalid Form Body");
    JsonNode error = body.path("errors").path("content").path("_errors").get(0);
    assertThat(error.path("code").asString()).isEqualTo("BASE_TYPE_MAX_LENGTH");
    assertThat(error.path("message").asString()).isEqualTo("Must be 2000 or fewer in length.");
    assertThat(discord.messages(discord.channelId())).isEmpty();
  }

  @Test
  void exactly2000CharactersIsAccepted() {
    assertThat(bot.post(messagesPath(), "{\"content\":\"" + "a".repeat(2000) + "\"}").statusCode())
        .isEqualTo(200);
  }

  @Test
  void emptyMessageIsRefused() {
    for (String body :
        new String[] {"{}", "{\"content\":\"\"}", "{\"content\":null,\"embeds\":[]}"}) {
      HttpResponse<String> response = bot.post(messagesPath(), body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      JsonNode json = RestClient.json(response);
      assertThat(json.path("code").asInt()).isEqualTo(50006);
      assertThat(json.path("message").asString()).isEqualTo("Cannot send an empty message");
    }
  }

  @Test
  void embedOnlyMessageIsAccepted() {
    HttpResponse<String> response =
        bot.post(messagesPath(), "{\"embeds\":[{\"title\":\"hello\"}]}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode embed = RestClient.json(response).path("embeds").get(0);
    assertThat(embed.path("title").asString()).isEqualTo("hello");
    assertThat(embed.path("type").asString()).isEqualTo("rich");
  }

  @Test
  void malformedJsonIsABadRequest() {
    HttpResponse<String> response = bot.post(messagesPath(), "{\"content\":");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RestClient.json(response).path("code").asInt()).isEqualTo(50109);
  }

  @Test
  void unknownRouteIs404AndWrongMethodIs405() {
    HttpResponse<String> unknown = bot.get("/nothing/here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    JsonNode body = RestClient.json(unknown);
    assertThat(body.path("message").asString()).isEqualTo("404: Not Found");
    assertThat(body.path("code").asInt()).isZero();

    HttpResponse<String> wrongMethod = bot.send("DELETE", "/users/@me", null);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(RestClient.json(wrongMethod).path("message").asString())
        .isEqualTo("405: Method Not Allowed");
  }

  @Test
  void requestsAndResponsesAreRecorded() {
    bot.post(messagesPath(), "{\"content\":\"Pong!\"}");
    assertThat(discord.wireLog())
        .filteredOn(e -> e.transport() == WireEvent.Transport.REST)
        .extracting(WireEvent::direction, WireEvent::summary)
        .containsSubsequence(
            org.assertj.core.groups.Tuple.tuple(
                WireEvent.Direction.TO_DISCORD,
                "POST /api/v10/channels/" + discord.channelId() + "/messages"),
            org.assertj.core.groups.Tuple.tuple(
                WireEvent.Direction.FROM_DISCORD,
                "200 message " + discord.messages(discord.channelId()).get(0).id() + " \"Pong!\""));
  }

  static void assertRateLimitHeaders(HttpResponse<String> response) {
    var headers = response.headers();
    assertThat(headers.firstValue("X-RateLimit-Limit"))
        .hasValueSatisfying(v -> assertThat(v).matches("\\d+"));
    assertThat(headers.firstValue("X-RateLimit-Remaining"))
        .hasValueSatisfying(v -> assertThat(v).matches("\\d+"));
    assertThat(headers.firstValue("X-RateLimit-Reset"))
        .hasValueSatisfying(v -> assertThat(v).matches("\\d{10}\\.\\d{3}"));
    assertThat(headers.firstValue("X-RateLimit-Reset-After"))
        .hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d{3}"));
    assertThat(headers.firstValue("X-RateLimit-Bucket"))
        .hasValueSatisfying(v -> assertThat(v).matches("[0-9a-f]{32}"));
  }
}
