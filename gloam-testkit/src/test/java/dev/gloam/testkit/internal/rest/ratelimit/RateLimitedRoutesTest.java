package dev.gloam.testkit.internal.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.RateLimits;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.RestServer;
import dev.gloam.testkit.internal.rest.Route;
import dev.gloam.testkit.internal.rest.Router;
import dev.gloam.testkit.internal.wire.Redactor;
import dev.gloam.testkit.internal.wire.WireLog;
import dev.gloam.testkit.support.ManualClock;
import dev.gloam.testkit.support.RestClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Major parameters, shared buckets and the global exemption of interaction endpoints, over real
 * HTTP against the REST server with stand-in routes for resources the offline Discord does not
 * route yet (guilds, webhooks, interactions, message edits).
 */
class RateLimitedRoutesTest {

  static final String TOKEN = "test.bot.token";
  static final long APPLICATION_ID = 777;

  final ManualClock clock = new ManualClock();
  RestServer server;
  RestClient bot;
  RestClient anonymous;

  void start(RateLimits limits) throws IOException {
    Router router = new Router();
    for (String[] route :
        new String[][] {
          {"GET", "/guilds/{guild.id}/channels"},
          {"POST", "/channels/{channel.id}/messages"},
          {"PATCH", "/channels/{channel.id}/messages/{message.id}"},
          {"POST", "/webhooks/{webhook.id}/{webhook.token}"},
          {"POST", "/interactions/{interaction.id}/{interaction.token}/callback"},
        }) {
      router.add(
          new Route(
              route[0],
              route[1],
              !route[1].contains("token"),
              request -> RestResponse.ok(Json.object(), "ok")));
    }
    server =
        new RestServer(
            router,
            new RateLimiter(limits, clock, APPLICATION_ID),
            new WireLog(clock, new Redactor(TOKEN)),
            TOKEN);
    bot = new RestClient(server.url(), TOKEN);
    anonymous = new RestClient(server.url(), null);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      bot.close();
      anonymous.close();
      server.close();
    }
  }

  static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  @Test
  void eachGuildHasItsOwnCounterUnderOneBucketHash() throws IOException {
    start(
        RateLimits.builder()
            .clock(clock)
            .route("GET /guilds/{guild_id}/channels", 2, Duration.ofSeconds(10))
            .build());
    assertThat(bot.get("/guilds/1/channels").statusCode()).isEqualTo(200);
    assertThat(bot.get("/guilds/1/channels").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = bot.get("/guilds/1/channels");
    HttpResponse<String> otherGuild = bot.get("/guilds/2/channels");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(otherGuild.statusCode()).isEqualTo(200);
    assertThat(header(otherGuild, "X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(header(otherGuild, "X-RateLimit-Bucket"))
        .isEqualTo(header(refused, "X-RateLimit-Bucket"));
  }

  @Test
  void messageCreateAndEditCanShareABucketPerChannel() throws IOException {
    start(
        RateLimits.builder()
            .clock(clock)
            .bucket(
                "messages",
                3,
                Duration.ofSeconds(5),
                "POST /channels/{channel.id}/messages",
                "PATCH /channels/{channel.id}/messages/{message.id}")
            .build());
    HttpResponse<String> create = bot.post("/channels/10/messages", "{}");
    HttpResponse<String> edit = bot.send("PATCH", "/channels/10/messages/99", "{}");
    HttpResponse<String> editOther = bot.send("PATCH", "/channels/10/messages/98", "{}");
    HttpResponse<String> refused = bot.post("/channels/10/messages", "{}");
    HttpResponse<String> otherChannel = bot.send("PATCH", "/channels/11/messages/1", "{}");

    assertThat(header(create, "X-RateLimit-Remaining")).isEqualTo("2");
    assertThat(header(edit, "X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(header(editOther, "X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(header(refused, "X-RateLimit-Scope")).isEqualTo("user");
    assertThat(header(otherChannel, "X-RateLimit-Remaining")).isEqualTo("2");
    assertThat(header(edit, "X-RateLimit-Bucket"))
        .isEqualTo(header(create, "X-RateLimit-Bucket"))
        .isEqualTo(header(otherChannel, "X-RateLimit-Bucket"))
        .isEqualTo(RouteKey.namedBucketHash("messages"));
  }

  @Test
  void webhooksCountPerIdAndToken() throws IOException {
    start(
        RateLimits.builder()
            .clock(clock)
            .route("POST /webhooks/{webhook.id}/{webhook.token}", 1, Duration.ofSeconds(5))
            .build());
    assertThat(anonymous.post("/webhooks/5/first", "{}").statusCode()).isEqualTo(200);
    assertThat(anonymous.post("/webhooks/5/first", "{}").statusCode()).isEqualTo(429);
    assertThat(anonymous.post("/webhooks/5/second", "{}").statusCode()).isEqualTo(200);
    assertThat(anonymous.post("/webhooks/6/first", "{}").statusCode()).isEqualTo(200);
  }

  @Test
  void interactionEndpointsAreNotBoundToTheGlobalLimit() throws IOException {
    start(RateLimits.builder().clock(clock).globalLimit(1, Duration.ofSeconds(1)).build());
    assertThat(bot.get("/guilds/1/channels").statusCode()).isEqualTo(200);
    HttpResponse<String> global = bot.get("/guilds/2/channels");
    assertThat(global.statusCode()).isEqualTo(429);
    assertThat(header(global, "X-RateLimit-Scope")).isEqualTo("global");

    for (int i = 0; i < 3; i++) {
      assertThat(bot.post("/interactions/3/tok" + i + "/callback", "{\"type\":1}").statusCode())
          .isEqualTo(200);
      // The application's own webhook with an interaction token: a follow-up message.
      assertThat(bot.post("/webhooks/" + APPLICATION_ID + "/tok" + i, "{}").statusCode())
          .isEqualTo(200);
    }
    // Another webhook sent with the bot's token counts toward the bot's global limit.
    HttpResponse<String> webhook = bot.post("/webhooks/5/token", "{}");
    assertThat(webhook.statusCode()).isEqualTo(429);
    assertThat(header(webhook, "X-RateLimit-Global")).isEqualTo("true");
  }
}
