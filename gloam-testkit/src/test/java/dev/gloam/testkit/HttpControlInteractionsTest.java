package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The human's interactions over the HTTP controls, as a bot in another language uses them. */
class HttpControlInteractionsTest {

  OfflineDiscord discord;
  RestClient control;
  RestClient bot;
  String base;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    base = discord.restUrl().resolve("/_testkit").toString();
    control = new RestClient(URI.create(base), null);
  }

  @AfterEach
  void stop() {
    bot.close();
    control.close();
    discord.close();
  }

  HttpResponse<String> call(String method, String path, String body) {
    return control.send(method, path, body);
  }

  @Test
  void commandButtonAndModalOverHttp() throws Exception {
    bot.post(
        "/applications/" + discord.applicationId() + "/commands",
        "{\"name\":\"hello\",\"description\":\"greets\",\"options\":[{\"type\":3,\"name\":\"who\","
            + "\"description\":\"whom\"}]}");
    try (GatewayClient gateway = GatewayClient.connect(discord.gatewayUrl(), false)) {
      gateway.identifyAndSkipToGuildCreate(discord.botToken(), 1 | 1 << 9 | 1 << 15);
      HttpResponse<String> used =
          call(
              "POST", "/human/commands", "{\"command\":\"hello\",\"options\":{\"who\":\"world\"}}");
      assertThat(used.statusCode()).isEqualTo(200);
      String id = RestClient.json(used).path("interaction_id").asString();
      JsonNode interaction = WebhookRoutesTest.dispatch(gateway, "INTERACTION_CREATE");
      assertThat(interaction.path("id").asString()).isEqualTo(id);
      assertThat(interaction.path("data").path("options").get(0).path("value").asString())
          .isEqualTo("world");
      // Not answered yet.
      assertThat(call("GET", "/interactions/" + id + "/response", null).statusCode())
          .isEqualTo(404);
      String modal =
          "{\"type\":9,\"data\":{\"custom_id\":\"form\",\"title\":\"Form\",\"components\":[{\"type\":1,"
              + "\"components\":[{\"type\":4,\"custom_id\":\"name\",\"style\":1,\"label\":\"Name\"}]}]}}";
      bot.post(
          "/interactions/" + id + "/" + interaction.path("token").asString() + "/callback", modal);
      JsonNode response =
          RestClient.json(call("GET", "/interactions/" + id + "/response?timeout_ms=5000", null));
      assertThat(response.path("type").asInt()).isEqualTo(9);
      assertThat(response.path("modal_custom_id").asString()).isEqualTo("form");

      HttpResponse<String> submitted =
          call(
              "POST",
              "/human/modals",
              "{\"interaction_id\":\""
                  + id
                  + "\",\"custom_id\":\"form\",\"values\":{\"name\":\"Ada\"}}");
      assertThat(submitted.statusCode()).isEqualTo(200);
      JsonNode submit = WebhookRoutesTest.dispatch(gateway, "INTERACTION_CREATE");
      assertThat(submit.path("type").asInt()).isEqualTo(5);

      JsonNode message =
          RestClient.json(
              bot.post(
                  "/channels/" + discord.channelId() + "/messages",
                  "{\"content\":\"menu\",\"components\":[{\"type\":1,\"components\":[{\"type\":3,"
                      + "\"custom_id\":\"color\",\"options\":[{\"label\":\"Red\",\"value\":\"red\"},"
                      + "{\"label\":\"Blue\",\"value\":\"blue\"}]}]}]}"));
      HttpResponse<String> selected =
          call(
              "POST",
              "/human/selects",
              "{\"message_id\":\""
                  + message.path("id").asString()
                  + "\",\"custom_id\":\"color\",\"values\":[\"blue\"]}");
      assertThat(selected.statusCode()).isEqualTo(200);
      JsonNode select = WebhookRoutesTest.dispatch(gateway, "INTERACTION_CREATE");
      assertThat(select.path("data").path("values").get(0).asString()).isEqualTo("blue");
      HttpResponse<String> badButton =
          call(
              "POST",
              "/human/buttons",
              "{\"message_id\":\"" + message.path("id").asString() + "\",\"custom_id\":\"none\"}");
      assertThat(badButton.statusCode()).isEqualTo(400);
    }
  }
}
