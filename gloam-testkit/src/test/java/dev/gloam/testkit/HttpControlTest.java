package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HttpControlTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OfflineDiscord discord;
  private RestClient control;
  private String base;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    // The controls live next to the API, on the same port.
    base = discord.restUrl().resolve("/_testkit").toString();
    control = new RestClient(URI.create(base), null);
  }

  @AfterEach
  void stop() {
    control.close();
    discord.close();
  }

  private HttpResponse<String> call(String method, String path, String body) {
    return control.send(method, path, body);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  @Test
  void overviewNamesTheWorldWithoutTheToken() throws Exception {
    HttpResponse<String> overview = call("GET", "", null);
    assertThat(overview.statusCode()).isEqualTo(200);
    JsonNode json = json(overview);
    assertThat(json.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
    assertThat(json.path("channel_id").asString()).isEqualTo(Long.toString(discord.channelId()));
    assertThat(json.path("bot_user_id").asString()).isEqualTo(Long.toString(discord.botUserId()));
    assertThat(json.path("gateway_url").asString()).isEqualTo(discord.gatewayUrl().toString());
    assertThat(overview.body()).doesNotContain(discord.botToken());
  }

  @Test
  void theHumanSpeaksAndTheChannelRemembers() throws Exception {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 513 | (1 << 15));
      HttpResponse<String> said = call("POST", "/human/messages", "{\"content\":\"!ping\"}");
      assertThat(said.statusCode()).isEqualTo(200);
      JsonNode created = client.next();
      assertThat(created.path("t").asString()).isEqualTo("MESSAGE_CREATE");
      assertThat(created.path("d").path("content").asString()).isEqualTo("!ping");
      assertThat(created.path("d").path("id").asString())
          .isEqualTo(json(said).path("id").asString());
    }
    JsonNode messages = json(call("GET", "/channels/" + discord.channelId() + "/messages", null));
    assertThat(messages.get(0).path("content").asString()).isEqualTo("!ping");
    assertThat(messages.get(0).path("author_id").asString())
        .isEqualTo(Long.toString(discord.humanUserId()));
    // The controls are not Discord traffic: the wire log does not show them.
    JsonNode wire = json(call("GET", "/wire", null));
    assertThat(wire.isArray()).isTrue();
    assertThat(wire.toString()).contains("MESSAGE_CREATE").doesNotContain("_testkit");
  }

  @Test
  void theHumanReactsInJavaAndOverHttp() throws Exception {
    long message = discord.humanSays(discord.channelId(), "vote!");
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      // GUILDS, GUILD_MESSAGES and GUILD_MESSAGE_REACTIONS.
      client.identifyAndSkipToGuildCreate(discord.botToken(), 1 | (1 << 9) | (1 << 10));
      discord.humanReacts(discord.channelId(), message, "👍");
      JsonNode reaction = client.next();
      assertThat(reaction.path("t").asString()).isEqualTo("MESSAGE_REACTION_ADD");
      JsonNode d = reaction.path("d");
      assertThat(d.path("message_id").asString()).isEqualTo(Long.toString(message));
      assertThat(d.path("user_id").asString()).isEqualTo(Long.toString(discord.humanUserId()));
      assertThat(d.path("guild_id").asString()).isEqualTo(Long.toString(discord.guildId()));
      assertThat(d.path("emoji").path("name").asString()).isEqualTo("👍");
      assertThat(d.path("emoji").get("id").isNull()).isTrue();
      assertThat(d.path("message_author_id").asString())
          .isEqualTo(Long.toString(discord.humanUserId()));
      assertThat(d.path("member").path("user").path("id").asString())
          .isEqualTo(Long.toString(discord.humanUserId()));

      HttpResponse<String> overHttp =
          call("POST", "/human/reactions", "{\"message_id\":\"" + message + "\",\"emoji\":\"🎉\"}");
      assertThat(overHttp.statusCode()).isEqualTo(200);
      assertThat(client.next().path("d").path("emoji").path("name").asString()).isEqualTo("🎉");
    }
    assertThat(
            call("POST", "/human/reactions", "{\"message_id\":\"1\",\"emoji\":\"x\"}").statusCode())
        .isEqualTo(400);
    assertThatThrownBy(() -> discord.humanReacts(discord.channelId(), 1, "👍"))
        .isInstanceOfSatisfying(
            TestkitException.class,
            e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.INVALID_ARGUMENT));
  }

  @Test
  void faultsCanBeInjectedOverHttp() throws Exception {
    assertThat(
            call(
                    "POST",
                    "/rest/faults",
                    "{\"kind\":\"fail\",\"route\":\"GET /users/@me\",\"status\":503}")
                .statusCode())
        .isEqualTo(200);
    try (RestClient rest = new RestClient(discord.restUrl(), discord.botToken())) {
      assertThat(rest.get("/users/@me").statusCode()).isEqualTo(503);
      assertThat(rest.get("/users/@me").statusCode()).isEqualTo(200);
    }

    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 513);
      HttpResponse<String> fault = call("POST", "/gateway/faults", "{\"fault\":\"reconnect\"}");
      assertThat(json(fault).path("connections").asInt()).isEqualTo(1);
      assertThat(client.next().path("op").asInt()).isEqualTo(7);
    }
  }

  @Test
  void badControlsAreRefusedWithTheReason() throws Exception {
    HttpResponse<String> unknown = call("POST", "/gateway/faults", "{\"fault\":\"meteor\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("meteor");
    assertThat(call("POST", "/rest/faults", "[]").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/rest/faults", "{\"kind\":\"fail\",\"status\":200}").statusCode())
        .isEqualTo(400);
    assertThat(call("GET", "/nothing", null).statusCode()).isEqualTo(404);
  }
}
