package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.ResponseSchemas;
import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The human using slash commands, buttons, menus and modals, and the bot answering through the
 * interaction routes, over real sockets.
 */
class HumanInteractionTest {

  static final long INTENTS = 1 | 1 << 9 | 1 << 15;
  static final Duration WAIT = Duration.ofSeconds(10);

  OfflineDiscord discord;
  RestClient bot;
  RestClient anonymous;
  GatewayClient gateway;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    anonymous = new RestClient(discord.restUrl(), null);
    gateway = GatewayClient.connect(discord.gatewayUrl(), false);
    gateway.identifyAndSkipToGuildCreate(discord.botToken(), INTENTS);
    String commands = "/applications/" + discord.applicationId() + "/commands";
    assertThat(
            bot.post(
                    commands,
                    "{\"name\":\"roll\",\"description\":\"rolls a die\",\"options\":[{\"type\":4,"
                        + "\"name\":\"sides\",\"description\":\"how many\",\"required\":true},"
                        + "{\"type\":6,\"name\":\"for\",\"description\":\"who\"}]}")
                .statusCode())
        .isEqualTo(201);
  }

  @AfterEach
  void stop() {
    gateway.close();
    bot.close();
    anonymous.close();
    discord.close();
  }

  JsonNode dispatch(String type) {
    return WebhookRoutesTest.dispatch(gateway, type);
  }

  String callback(JsonNode interaction) {
    return "/interactions/"
        + interaction.path("id").asString()
        + "/"
        + interaction.path("token").asString()
        + "/callback";
  }

  String webhook(JsonNode interaction) {
    return "/webhooks/" + discord.applicationId() + "/" + interaction.path("token").asString();
  }

  @Test
  void slashCommandArrivesWithAWorkingTokenAndTheAnswerIsAMessage() {
    HumanInteraction roll =
        discord.humanUsesCommand(
            discord.channelId(), "roll", Map.of("sides", 6, "for", discord.humanUserId()));
    JsonNode interaction = dispatch("INTERACTION_CREATE");
    assertThat(interaction.path("id").asString()).isEqualTo(Long.toString(roll.id()));
    assertThat(interaction.path("type").asInt()).isEqualTo(2);
    assertThat(interaction.path("application_id").asString())
        .isEqualTo(Long.toString(discord.applicationId()));
    assertThat(interaction.path("version").asInt()).isEqualTo(1);
    assertThat(interaction.path("channel_id").asString())
        .isEqualTo(Long.toString(discord.channelId()));
    assertThat(interaction.path("channel").path("id").asString())
        .isEqualTo(Long.toString(discord.channelId()));
    assertThat(interaction.path("member").path("user").path("id").asString())
        .isEqualTo(Long.toString(discord.humanUserId()));
    assertThat(interaction.path("member").path("permissions").isString()).isTrue();
    assertThat(interaction.path("app_permissions").isString()).isTrue();
    assertThat(interaction.path("authorizing_integration_owners").path("0").asString())
        .isEqualTo(Long.toString(discord.guildId()));
    assertThat(interaction.path("context").asInt()).isZero();
    JsonNode data = interaction.path("data");
    assertThat(data.path("name").asString()).isEqualTo("roll");
    assertThat(data.path("options").get(0).path("value").asLong()).isEqualTo(6);
    assertThat(data.path("resolved").path("users").has(Long.toString(discord.humanUserId())))
        .isTrue();
    String token = interaction.path("token").asString();
    assertThat(discord.wireLog())
        .noneMatch(e -> e.body().contains(token) || e.summary().contains(token));

    String path = callback(interaction);
    HttpResponse<String> answered =
        anonymous.post(path + "?with_response=true", "{\"type\":4,\"data\":{\"content\":\"4\"}}");
    JsonNode body = ResponseSchemas.assertValid("POST", path, answered);
    assertThat(body.path("interaction").path("id").asString()).isEqualTo(Long.toString(roll.id()));
    assertThat(body.path("resource").path("message").path("content").asString()).isEqualTo("4");
    assertThat(
            body.path("resource")
                .path("message")
                .path("interaction_metadata")
                .path("name")
                .asString())
        .isEqualTo("roll");
    InteractionResponse response = roll.awaitResponse(WAIT);
    assertThat(response.type()).isEqualTo(4);
    assertThat(response.content()).isEqualTo("4");
    assertThat(response.ephemeral()).isFalse();
    JsonNode created = dispatch("MESSAGE_CREATE");
    assertThat(created.path("id").asString()).isEqualTo(Long.toString(response.messageId()));
    assertThat(created.path("author").path("id").asString())
        .isEqualTo(Long.toString(discord.botUserId()));

    // Once only.
    HttpResponse<String> again = anonymous.post(path, "{\"type\":4,\"data\":{\"content\":\"5\"}}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(RestClient.json(again).path("code").asInt()).isEqualTo(40060);

    // The original response and follow-ups work with the token alone.
    String original = webhook(interaction) + "/messages/@original";
    assertThat(
            ResponseSchemas.assertValid("GET", original, anonymous.get(original))
                .path("content")
                .asString())
        .isEqualTo("4");
    JsonNode edited =
        ResponseSchemas.assertValid(
            "PATCH", original, anonymous.send("PATCH", original, "{\"content\":\"four\"}"));
    assertThat(edited.path("content").asString()).isEqualTo("four");
    assertThat(dispatch("MESSAGE_UPDATE").path("content").asString()).isEqualTo("four");
    HttpResponse<String> followup =
        anonymous.post(webhook(interaction), "{\"content\":\"and again\"}");
    JsonNode follow = ResponseSchemas.assertValid("POST", webhook(interaction), followup);
    assertThat(follow.path("interaction_metadata").path("original_response_message_id").asString())
        .isEqualTo(Long.toString(response.messageId()));
    String followPath = webhook(interaction) + "/messages/" + follow.path("id").asString();
    assertThat(
            ResponseSchemas.assertValid("GET", followPath, anonymous.get(followPath))
                .path("id")
                .asString())
        .isEqualTo(follow.path("id").asString());
    assertThat(anonymous.send("DELETE", followPath, null).statusCode()).isEqualTo(204);
    assertThat(RestClient.json(anonymous.get(followPath)).path("code").asInt()).isEqualTo(10008);
    assertThat(anonymous.send("DELETE", original, null).statusCode()).isEqualTo(204);
  }

  @Test
  void buttonPressIsAnsweredByUpdatingItsMessageAndAModalRoundTrip() {
    String components =
        "{\"content\":\"pick\",\"components\":[{\"type\":1,\"components\":["
            + "{\"type\":2,\"style\":1,\"label\":\"Go\",\"custom_id\":\"go\"},"
            + "{\"type\":2,\"style\":1,\"label\":\"Off\",\"custom_id\":\"off\",\"disabled\":true}]}]}";
    JsonNode message =
        RestClient.json(bot.post("/channels/" + discord.channelId() + "/messages", components));
    long messageId = message.path("id").asLong();
    dispatch("MESSAGE_CREATE");
    assertThatThrownBy(() -> discord.humanPressesButton(discord.channelId(), messageId, "off"))
        .isInstanceOf(TestkitException.class)
        .hasMessageContaining("disabled");

    HumanInteraction press = discord.humanPressesButton(discord.channelId(), messageId, "go");
    JsonNode interaction = dispatch("INTERACTION_CREATE");
    assertThat(interaction.path("type").asInt()).isEqualTo(3);
    assertThat(interaction.path("data").path("custom_id").asString()).isEqualTo("go");
    assertThat(interaction.path("message").path("id").asString())
        .isEqualTo(Long.toString(messageId));
    assertThat(
            anonymous
                .post(
                    callback(interaction),
                    "{\"type\":7,\"data\":{\"content\":\"gone\",\"components\":[]}}")
                .statusCode())
        .isEqualTo(204);
    assertThat(press.awaitResponse(WAIT).type()).isEqualTo(7);
    JsonNode update = dispatch("MESSAGE_UPDATE");
    assertThat(update.path("id").asString()).isEqualTo(Long.toString(messageId));
    assertThat(update.path("content").asString()).isEqualTo("gone");

    HumanInteraction command =
        discord.humanUsesCommand(discord.channelId(), "roll", Map.of("sides", 20));
    JsonNode commandInteraction = dispatch("INTERACTION_CREATE");
    String modal =
        "{\"type\":9,\"data\":{\"custom_id\":\"why\",\"title\":\"Why?\",\"components\":[{\"type\":1,"
            + "\"components\":[{\"type\":4,\"custom_id\":\"reason\",\"style\":1,\"label\":\"Reason\"}]}]}}";
    assertThat(anonymous.post(callback(commandInteraction), modal).statusCode()).isEqualTo(204);
    assertThat(command.awaitResponse(WAIT).modalCustomId()).isEqualTo("why");
    HumanInteraction submitted =
        discord.humanSubmitsModal(command, "why", Map.of("reason", "luck"));
    JsonNode submit = dispatch("INTERACTION_CREATE");
    assertThat(submit.path("id").asString()).isEqualTo(Long.toString(submitted.id()));
    assertThat(submit.path("type").asInt()).isEqualTo(5);
    assertThat(
            submit
                .path("data")
                .path("components")
                .get(0)
                .path("components")
                .get(0)
                .path("value")
                .asString())
        .isEqualTo("luck");
    // Ephemeral: only the human sees it, so the channel gets no message.
    int before = discord.messages(discord.channelId()).size();
    assertThat(
            anonymous
                .post(
                    callback(submit), "{\"type\":4,\"data\":{\"content\":\"noted\",\"flags\":64}}")
                .statusCode())
        .isEqualTo(204);
    InteractionResponse noted = submitted.awaitResponse(WAIT);
    assertThat(noted.ephemeral()).isTrue();
    assertThat(noted.content()).isEqualTo("noted");
    assertThat(discord.messages(discord.channelId())).hasSize(before);
    String original = webhook(submit) + "/messages/@original";
    JsonNode ephemeral = RestClient.json(anonymous.get(original));
    assertThat(ephemeral.path("flags").asInt() & 64).isEqualTo(64);
  }

  @Test
  void tokensOnlyWorkForTheirOwnInteractionAndTheHumanCannotUseUnknownThings() {
    discord.humanUsesCommand(discord.channelId(), "roll", Map.of("sides", 6));
    JsonNode interaction = dispatch("INTERACTION_CREATE");
    String wrong =
        "/interactions/" + interaction.path("id").asString() + "/" + "a".repeat(80) + "/callback";
    HttpResponse<String> refused =
        anonymous.post(wrong, "{\"type\":4,\"data\":{\"content\":\"x\"}}");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(RestClient.json(refused).path("code").asInt()).isEqualTo(50027);
    HttpResponse<String> unknown =
        anonymous.post(
            "/interactions/1/" + interaction.path("token").asString() + "/callback",
            "{\"type\":4,\"data\":{\"content\":\"x\"}}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(RestClient.json(unknown).path("code").asInt()).isEqualTo(10062);
    // Follow-ups before the first answer, and with another token.
    assertThat(
            RestClient.json(anonymous.post(webhook(interaction), "{\"content\":\"x\"}"))
                .path("code")
                .asInt())
        .isEqualTo(10015);
    HttpResponse<String> foreign =
        anonymous.post(
            "/webhooks/" + discord.applicationId() + "/" + "b".repeat(80), "{\"content\":\"x\"}");
    assertThat(RestClient.json(foreign).path("code").asInt()).isEqualTo(50027);
    // A button answer is not valid for a command.
    JsonNode badType =
        RestClient.json(anonymous.post(callback(interaction), "{\"type\":7,\"data\":{}}"));
    assertThat(badType.path("code").asInt()).isEqualTo(50035);

    assertThatThrownBy(() -> discord.humanUsesCommand(discord.channelId(), "nope", Map.of()))
        .isInstanceOf(TestkitException.class)
        .hasMessageContaining("nope");
    assertThatThrownBy(() -> discord.humanUsesCommand(discord.channelId(), "roll", Map.of()))
        .isInstanceOf(TestkitException.class)
        .hasMessageContaining("sides");
  }

  @Test
  void aLateFirstAnswerFindsTheInteractionGone() throws InterruptedException {
    try (OfflineDiscord strict =
            OfflineDiscord.builder().interactionResponseDeadline(Duration.ofMillis(1)).start();
        RestClient strictBot = new RestClient(strict.restUrl(), strict.botToken());
        GatewayClient strictGateway = GatewayClient.connect(strict.gatewayUrl(), false)) {
      strictGateway.identifyAndSkipToGuildCreate(strict.botToken(), INTENTS);
      strictBot.post(
          "/applications/" + strict.applicationId() + "/commands",
          "{\"name\":\"slow\",\"description\":\"takes its time\"}");
      HumanInteraction slow = strict.humanUsesCommand(strict.channelId(), "slow", Map.of());
      JsonNode interaction = WebhookRoutesTest.dispatch(strictGateway, "INTERACTION_CREATE");
      Thread.sleep(20);
      HttpResponse<String> late =
          strictBot.post(callback(interaction), "{\"type\":4,\"data\":{\"content\":\"done\"}}");
      assertThat(late.statusCode()).isEqualTo(404);
      assertThat(RestClient.json(late).path("code").asInt()).isEqualTo(10062);
      assertThatThrownBy(() -> slow.awaitResponse(Duration.ofMillis(50)))
          .isInstanceOf(TestkitException.class);
    }
  }
}
