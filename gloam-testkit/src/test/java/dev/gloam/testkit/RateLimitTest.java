package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.ManualClock;
import dev.gloam.testkit.support.RestClient;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Discord's REST rate limits, over real HTTP against an offline Discord with a manual clock. */
class RateLimitTest {

  static final String ME = "/users/@me";

  final ManualClock clock = new ManualClock();
  OfflineDiscord discord;
  RestClient bot;

  OfflineDiscord start(RateLimits limits) {
    discord = OfflineDiscord.builder().rateLimits(limits).start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    return discord;
  }

  RateLimits.Builder limits() {
    return RateLimits.builder().clock(clock);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    if (discord != null) {
      discord.close();
    }
  }

  String messages(long channelId) {
    return "/channels/" + channelId + "/messages";
  }

  HttpResponse<String> postMessage(long channelId) {
    return bot.post(messages(channelId), "{\"content\":\"hi\"}");
  }

  static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  static String resetAt(ManualClock clock, Duration after) {
    return BigDecimal.valueOf(clock.instant().plus(after).toEpochMilli())
        .movePointLeft(3)
        .setScale(3)
        .toPlainString();
  }

  @Test
  void aRouteBucketRefusesPastItsLimitUntilTheWindowEnds() {
    start(limits().route("GET /users/@me", 2, Duration.ofSeconds(10)).build());

    HttpResponse<String> first = bot.get(ME);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(header(first, "X-RateLimit-Limit")).isEqualTo("2");
    assertThat(header(first, "X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(header(first, "X-RateLimit-Reset-After")).isEqualTo("10.000");
    assertThat(header(first, "X-RateLimit-Reset"))
        .isEqualTo(resetAt(clock, Duration.ofSeconds(10)));
    String bucket = header(first, "X-RateLimit-Bucket");
    assertThat(bucket).matches("[0-9a-f]{32}");
    assertThat(header(first, "X-RateLimit-Scope")).isNull();
    assertThat(header(first, "Retry-After")).isNull();

    clock.advance(Duration.ofMillis(2_500));
    HttpResponse<String> second = bot.get(ME);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(header(second, "X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(header(second, "X-RateLimit-Reset-After")).isEqualTo("7.500");

    HttpResponse<String> refused = bot.get(ME);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(header(refused, "Content-Type")).isEqualTo("application/json");
    assertThat(header(refused, "X-RateLimit-Limit")).isEqualTo("2");
    assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(header(refused, "X-RateLimit-Reset-After")).isEqualTo("7.500");
    assertThat(header(refused, "X-RateLimit-Bucket")).isEqualTo(bucket);
    assertThat(header(refused, "X-RateLimit-Scope")).isEqualTo("user");
    assertThat(header(refused, "X-RateLimit-Global")).isNull();
    assertThat(header(refused, "Retry-After")).isEqualTo("8");
    JsonNode body = RestClient.json(refused);
    assertThat(body.path("message").asString()).isEqualTo("You are being rate limited.");
    assertThat(body.path("retry_after").isFloatingPointNumber()).isTrue();
    assertThat(body.path("retry_after").asDouble()).isEqualTo(7.5);
    assertThat(body.path("global").isBoolean()).isTrue();
    assertThat(body.path("global").asBoolean()).isFalse();
    assertThat(body.has("code")).isFalse();

    // The refused request was not counted: the next window starts full.
    clock.advance(Duration.ofMillis(7_500));
    HttpResponse<String> next = bot.get(ME);
    assertThat(next.statusCode()).isEqualTo(200);
    assertThat(header(next, "X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(header(next, "X-RateLimit-Reset-After")).isEqualTo("10.000");
    assertThat(discord.wireLog())
        .extracting(WireEvent::summary)
        .contains("429 rate limited (user scope, retry after 7.5 s)");
  }

  @Test
  void theSameRouteOnAnotherChannelCountsSeparatelyUnderTheSameBucketHash() {
    start(limits().build());
    long channel = discord.channelId();
    String bucket = null;
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> sent = postMessage(channel);
      assertThat(sent.statusCode()).isEqualTo(200);
      assertThat(header(sent, "X-RateLimit-Limit")).isEqualTo("5");
      assertThat(header(sent, "X-RateLimit-Remaining")).isEqualTo(Integer.toString(4 - i));
      bucket = header(sent, "X-RateLimit-Bucket");
    }
    HttpResponse<String> refused = postMessage(channel);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(header(refused, "X-RateLimit-Scope")).isEqualTo("user");
    assertThat(discord.messages(channel)).hasSize(5);

    // Another channel id: the route still answers (404, the channel does not exist), and its
    // counter is untouched, under the same bucket hash.
    HttpResponse<String> other = postMessage(4242);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(header(other, "X-RateLimit-Remaining")).isEqualTo("4");
    assertThat(header(other, "X-RateLimit-Bucket")).isEqualTo(bucket);
  }

  @Test
  void routesInOneBucketShareItsCounterAndHash() {
    start(
        limits()
            .bucket("identity", 3, Duration.ofSeconds(10), "GET /users/@me", "GET /gateway/bot")
            .build());

    HttpResponse<String> me = bot.get(ME);
    HttpResponse<String> gateway = bot.get("/gateway/bot");
    HttpResponse<String> meAgain = bot.get(ME);
    HttpResponse<String> refused = bot.get("/gateway/bot");

    assertThat(header(me, "X-RateLimit-Remaining")).isEqualTo("2");
    assertThat(header(gateway, "X-RateLimit-Remaining")).isEqualTo("1");
    assertThat(header(meAgain, "X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(header(refused, "X-RateLimit-Scope")).isEqualTo("user");
    String bucket = header(me, "X-RateLimit-Bucket");
    assertThat(List.of(gateway, meAgain, refused))
        .allSatisfy(r -> assertThat(header(r, "X-RateLimit-Bucket")).isEqualTo(bucket));

    // A route outside the bucket has a hash and a counter of its own.
    HttpResponse<String> other = bot.get("/gateway");
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(header(other, "X-RateLimit-Bucket")).isNotEqualTo(bucket);
    assertThat(header(other, "X-RateLimit-Remaining")).isEqualTo("49");
  }

  @Test
  void theGlobalLimitRefusesEveryRouteOfTheBot() {
    start(limits().globalLimit(3, Duration.ofSeconds(1)).build());
    assertThat(bot.get(ME).statusCode()).isEqualTo(200);
    assertThat(bot.get("/gateway/bot").statusCode()).isEqualTo(200);
    assertThat(postMessage(discord.channelId()).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMillis(400));

    HttpResponse<String> refused = bot.get("/gateway");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(header(refused, "X-RateLimit-Global")).isEqualTo("true");
    assertThat(header(refused, "X-RateLimit-Scope")).isEqualTo("global");
    assertThat(header(refused, "Retry-After")).isEqualTo("1");
    assertThat(header(refused, "X-RateLimit-Bucket")).isNull();
    assertThat(header(refused, "X-RateLimit-Limit")).isNull();
    JsonNode body = RestClient.json(refused);
    assertThat(body.path("message").asString()).isEqualTo("You are being rate limited.");
    assertThat(body.path("retry_after").asDouble()).isEqualTo(0.6);
    assertThat(body.path("global").asBoolean()).isTrue();

    // Without a token the global limit belongs to the address, not to the bot.
    try (RestClient anonymous = new RestClient(discord.restUrl(), null)) {
      assertThat(anonymous.get("/gateway").statusCode()).isEqualTo(200);
    }

    clock.advance(Duration.ofMillis(600));
    assertThat(bot.get(ME).statusCode()).isEqualTo(200);
  }

  @Test
  void aSharedResourceLimitAnswersShared429sThatAreNotInvalidRequests() {
    String route = "POST /channels/{channel.id}/messages";
    start(
        limits()
            .sharedResourceLimit(route, 1, Duration.ofSeconds(30), 20028)
            .invalidRequestLimit(2, Duration.ofMinutes(10))
            .build());
    long channel = discord.channelId();
    assertThat(postMessage(channel).statusCode()).isEqualTo(200);

    for (int i = 0; i < 4; i++) {
      HttpResponse<String> refused = postMessage(channel);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(header(refused, "X-RateLimit-Scope")).isEqualTo("shared");
      assertThat(header(refused, "X-RateLimit-Global")).isNull();
      assertThat(header(refused, "Retry-After")).isEqualTo("30");
      // The bot's own bucket is untouched by shared 429s.
      assertThat(header(refused, "X-RateLimit-Limit")).isEqualTo("5");
      assertThat(header(refused, "X-RateLimit-Remaining")).isEqualTo("4");
      JsonNode body = RestClient.json(refused);
      assertThat(body.path("message").asString()).isEqualTo("The resource is being rate limited.");
      assertThat(body.path("retry_after").asDouble()).isEqualTo(30.0);
      assertThat(body.path("global").asBoolean()).isFalse();
      assertThat(body.path("code").asInt()).isEqualTo(20028);
    }
    // Four 429s, but shared ones: no ban although the invalid request limit is 2.
    assertThat(bot.get(ME).statusCode()).isEqualTo(200);
    assertThat(discord.messages(channel)).hasSize(1);

    clock.advance(Duration.ofSeconds(30));
    assertThat(postMessage(channel).statusCode()).isEqualTo(200);
  }

  @Test
  void pastTheInvalidRequestLimitEveryRequestGetsACloudflareBanUntilTheWindowEnds() {
    start(limits().invalidRequestLimit(3, Duration.ofMinutes(1)).build());
    try (RestClient wrong = new RestClient(discord.restUrl(), "not-the-token")) {
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> unauthorized = wrong.get(ME);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(header(unauthorized, "Via")).isEqualTo("1.1 google");
      }
    }

    for (HttpResponse<String> banned : List.of(bot.get(ME), bot.get("/nothing/here"))) {
      assertThat(banned.statusCode()).isEqualTo(429);
      assertThat(header(banned, "Content-Type")).startsWith("text/html");
      assertThat(header(banned, "Via")).isNull();
      assertThat(header(banned, "Retry-After")).isNull();
      assertThat(banned.headers().map().keySet())
          .noneMatch(name -> name.toLowerCase().startsWith("x-ratelimit"));
      assertThat(banned.body()).contains("Error 1015", "You are being rate limited", "<html");
    }
    assertThat(discord.wireLog())
        .extracting(WireEvent::summary)
        .contains("429 Cloudflare ban (error 1015), no rate limit headers");

    clock.advance(Duration.ofMinutes(1));
    HttpResponse<String> after = bot.get(ME);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(header(after, "X-RateLimit-Bucket")).isNotNull();
  }

  @Test
  void userScope429sCountAsInvalidRequests() {
    start(
        limits()
            .route("GET /users/@me", 1, Duration.ofMinutes(5))
            .invalidRequestLimit(2, Duration.ofMinutes(1))
            .build());
    assertThat(bot.get(ME).statusCode()).isEqualTo(200);
    assertThat(header(bot.get(ME), "X-RateLimit-Scope")).isEqualTo("user");
    assertThat(header(bot.get(ME), "X-RateLimit-Scope")).isEqualTo("user");

    HttpResponse<String> banned = bot.get("/gateway");
    assertThat(banned.statusCode()).isEqualTo(429);
    assertThat(header(banned, "Content-Type")).startsWith("text/html");
  }

  @Test
  void limitsThatAreNotEnforcedOnlyReportHeaders() {
    start(
        limits()
            .enforced(false)
            .route("GET /users/@me", 1, Duration.ofSeconds(10))
            .globalLimit(1, Duration.ofSeconds(10))
            .invalidRequestLimit(1, Duration.ofSeconds(10))
            .build());
    try (RestClient wrong = new RestClient(discord.restUrl(), "not-the-token")) {
      assertThat(wrong.get(ME).statusCode()).isEqualTo(401);
      assertThat(wrong.get(ME).statusCode()).isEqualTo(401);
    }
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> response = bot.get(ME);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(header(response, "X-RateLimit-Limit")).isEqualTo("1");
      assertThat(header(response, "X-RateLimit-Remaining")).isEqualTo("0");
    }
  }

  @Test
  void limitsCanBeReplacedWhileRunning() {
    start(RateLimits.discordDefaults());
    assertThat(header(bot.get(ME), "X-RateLimit-Limit")).isEqualTo("50");

    discord.rateLimits(limits().route("GET /users/@me", 1, Duration.ofSeconds(10)).build());
    HttpResponse<String> first = bot.get(ME);
    assertThat(header(first, "X-RateLimit-Limit")).isEqualTo("1");
    assertThat(header(first, "X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(bot.get(ME).statusCode()).isEqualTo(429);

    discord.rateLimits(RateLimits.notEnforced());
    assertThat(bot.get(ME).statusCode()).isEqualTo(200);
  }

  @Test
  void theDefaultsAreDiscordsAndOrdinaryUseStaysBelowThem() {
    RateLimits defaults = RateLimits.discordDefaults();
    assertThat(defaults.enforced()).isTrue();
    assertThat(defaults.globalLimit()).isEqualTo(new RateLimits.Limit(50, Duration.ofSeconds(1)));
    assertThat(defaults.invalidRequestLimit())
        .isEqualTo(new RateLimits.Limit(10_000, Duration.ofMinutes(10)));
    assertThat(defaults.bucket("POST /channels/{channel_id}/messages"))
        .hasValueSatisfying(
            b -> assertThat(b.limit()).isEqualTo(new RateLimits.Limit(5, Duration.ofSeconds(5))));
    assertThat(defaults.bucket("GET /users/@me")).isEmpty();
    assertThat(defaults.clock()).isEmpty();
    assertThat(RateLimits.notEnforced().enforced()).isFalse();

    // OfflineDiscord.start() enforces them.
    discord = OfflineDiscord.start();
    bot = new RestClient(discord.restUrl(), discord.botToken());
    for (int i = 0; i < 10; i++) {
      assertThat(bot.get(ME).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> sent = postMessage(discord.channelId());
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(header(sent, "X-RateLimit-Limit")).isEqualTo("5");
  }

  @Test
  void theBuilderRejectsBadSettingsAndKeepsTheRest() {
    RateLimits.Builder builder = RateLimits.builder();
    assertThatThrownBy(() -> builder.route("users/@me", 1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("method");
    assertThatThrownBy(() -> builder.route("GET /users/@me", 0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.globalLimit(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.bucket("empty", 1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.sharedResourceLimit("GET /gateway", -1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);

    RateLimits limits =
        builder
            .bucket("m", 2, Duration.ofSeconds(3), "POST /channels/{a}/messages", "get /x/{b}")
            .build();
    assertThat(limits.bucket("POST /channels/{channel.id}/messages"))
        .isEqualTo(limits.bucket("GET /x/{y}"));
    RateLimits derived = limits.toBuilder().globalLimit(7, Duration.ofSeconds(1)).build();
    assertThat(derived.bucket("GET /x/{z}")).isEqualTo(limits.bucket("GET /x/{y}"));
    assertThat(derived.globalLimit().requests()).isEqualTo(7);
    assertThat(derived.toString()).contains("enforced=true", "requests=7");
  }

  @Test
  void concurrentRequestsNeverOverAdmitABucket() throws Exception {
    int limit = 12;
    int threads = 48;
    start(
        limits()
            .route("GET /users/@me", limit, Duration.ofMinutes(1))
            .globalLimit(1_000, Duration.ofMinutes(1))
            .build());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < threads; i++) {
        futures.add(
            executor.submit(
                () -> {
                  go.await();
                  return bot.get(ME);
                }));
      }
      go.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> future : futures) {
        responses.add(future.get(30, TimeUnit.SECONDS));
      }
      assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(limit);
      assertThat(responses).filteredOn(r -> r.statusCode() == 429).hasSize(threads - limit);
      assertThat(responses)
          .filteredOn(r -> r.statusCode() == 200)
          .map(RateLimitTest::remaining)
          .containsExactlyInAnyOrder(
              java.util.stream.IntStream.range(0, limit).boxed().toArray(Integer[]::new));
    }
  }

  static int remaining(HttpResponse<String> response) {
    HttpHeaders headers = response.headers();
    return Integer.parseInt(headers.firstValue("X-RateLimit-Remaining").orElseThrow());
  }
}
