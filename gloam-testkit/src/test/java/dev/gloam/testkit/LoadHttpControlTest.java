package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.RestClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The load mode over HTTP, under /_testkit/gateway/load. */
class LoadHttpControlTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private OfflineDiscord discord;
  private RestClient control;
  private String base;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).start();
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

  private JsonNode awaitDone(String id) throws Exception {
    for (int i = 0; i < 300; i++) {
      JsonNode state = JSON.readTree(call("GET", "/gateway/load/" + id, null).body());
      if (state.path("done").asBoolean()) {
        return state;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("load run " + id + " did not end");
  }

  @Test
  void aRunStartedOverHttpIsSentAndReported() throws Exception {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 1 | 1 << 9 | 1 << 15);
      discord.awaitSessions(1, GatewayClient.WAIT);
      HttpResponse<String> started =
          call(
              "POST",
              "/gateway/load",
              "{\"events\":300,\"shards\":[0],\"only\":[\"MESSAGE_CREATE\"]}");
      assertThat(started.statusCode()).isEqualTo(200);
      JsonNode run = JSON.readTree(started.body());
      assertThat(run.path("sessions").asInt()).isEqualTo(1);
      JsonNode done = awaitDone(run.path("id").asString());
      assertThat(done.path("events").asLong()).isEqualTo(300);
      assertThat(done.path("sent").asLong()).isEqualTo(300);
      for (int i = 0; i < 300; i++) {
        JsonNode message = client.nextDispatch("MESSAGE_CREATE");
        assertThat(message.path("s").asLong()).isEqualTo(3 + i);
        assertThat(message.path("d").path("content").asString()).isNotEmpty();
      }
    }
  }

  @Test
  void aTimedRunStopsOverHttp() throws Exception {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), true)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 1 | 1 << 9 | 1 << 11);
      discord.awaitSessions(1, GatewayClient.WAIT);
      JsonNode run =
          JSON.readTree(call("POST", "/gateway/load", "{\"seconds\":600,\"rate\":500}").body());
      String id = run.path("id").asString();
      client.next();
      HttpResponse<String> stopped = call("POST", "/gateway/load/" + id + "/stop", null);
      assertThat(stopped.statusCode()).isEqualTo(200);
      JsonNode state = JSON.readTree(stopped.body());
      assertThat(state.path("done").asBoolean()).isTrue();
      long sent = state.path("sent").asLong();
      for (long i = 1; i < sent; i++) {
        assertThat(client.next().path("s").asLong()).isEqualTo(3 + i);
      }
    }
  }

  @Test
  void badLoadRequestsAreRefused() throws Exception {
    // No session is ready yet.
    assertThat(call("POST", "/gateway/load", "{\"events\":10}").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/gateway/load", "{}").statusCode()).isEqualTo(400);
    assertThat(call("POST", "/gateway/load", "{\"events\":10,\"only\":[\"NOPE\"]}").statusCode())
        .isEqualTo(400);
    assertThat(call("GET", "/gateway/load/99", null).statusCode()).isEqualTo(404);
  }
}
