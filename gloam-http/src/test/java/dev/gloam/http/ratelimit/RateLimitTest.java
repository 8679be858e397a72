package dev.gloam.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.http.ratelimiting.InMemoryRateLimiter;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.testkit.WireEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * The client's rate limiting against the offline Discord with strict limits, over real sockets. The
 * tests count what reached the offline Discord and what it answered (above all: no 429 the client
 * could have avoided); none of them measures time.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RateLimitTest {
  static final String CREATE_MESSAGE = "POST /channels/{channel.id}/messages";
  static final String GET_MESSAGES = "GET /channels/{channel.id}/messages";
  static final String CURRENT_USER = "GET /users/@me";

  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  OfflineDiscord discord(RateLimits limits) {
    OfflineDiscord discord = OfflineDiscord.builder().rateLimits(limits).start();
    open.add(discord);
    return discord;
  }

  Client client(OfflineDiscord discord, Client.Builder builder) {
    Client client = builder.baseUrl(discord.restUrl()).build();
    open.add(client);
    return client;
  }

  Client client(OfflineDiscord discord) {
    return client(discord, Client.builder().token(discord.botToken()));
  }

  static List<WireEvent> answers(OfflineDiscord discord, String prefix) {
    return discord.wireLog().stream()
        .filter(e -> e.transport() == WireEvent.Transport.REST)
        .filter(e -> e.direction() == WireEvent.Direction.FROM_DISCORD)
        .filter(e -> e.summary().startsWith(prefix))
        .toList();
  }

  static long requests(OfflineDiscord discord, String fragment) {
    return discord.wireLog().stream()
        .filter(e -> e.transport() == WireEvent.Transport.REST)
        .filter(e -> e.direction() == WireEvent.Direction.TO_DISCORD)
        .filter(e -> e.summary().contains(fragment))
        .count();
  }

  static Id<ChannelMarker> channel(OfflineDiscord discord) {
    return Id.of(discord.channelId());
  }

  @Test
  void routesSharingABucketShareItsCountAndNoneIsAnswered429() throws Exception {
    OfflineDiscord discord =
        discord(
            RateLimits.builder()
                .bucket("messages", 3, Duration.ofMillis(60), CREATE_MESSAGE, GET_MESSAGES)
                .build());
    Client client = client(discord);
    long channel = discord.channelId();
    List<CompletableFuture<?>> sent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sent.add(client.createMessage(channel(discord)).content("shared " + i).sendAsync());
      sent.add(client.raw("GET", "/channels/" + channel + "/messages").sendAsync());
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(answers(discord, "429")).isEmpty();
    assertThat(discord.messages(channel).stream().filter(m -> m.content().startsWith("shared ")))
        .hasSize(20);
  }

  @Test
  void requestsWaitForTheResetWhenNoneRemain() throws Exception {
    OfflineDiscord discord =
        discord(RateLimits.builder().route(CREATE_MESSAGE, 2, Duration.ofMillis(50)).build());
    Client client = client(discord);
    List<CompletableFuture<?>> sent = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      sent.add(client.createMessage(channel(discord)).content("wait " + i).sendAsync());
    }
    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(answers(discord, "429")).isEmpty();
    assertThat(discord.messages(discord.channelId()).stream().map(m -> m.content()))
        .filteredOn(content -> content.startsWith("wait "))
        .hasSize(30)
        .doesNotHaveDuplicates();
  }

  @Test
  void anExhaustedChannelDoesNotHoldBackAnother() throws Exception {
    OfflineDiscord discord =
        discord(RateLimits.builder().route(CREATE_MESSAGE, 2, Duration.ofSeconds(2)).build());
    Client client = client(discord);
    long other = discord.addChannel(discord.guildId(), "other", GuildChannelType.TEXT);
    client.createMessage(channel(discord)).content("a1").send();
    client.createMessage(channel(discord)).content("a2").send();
    CompletableFuture<?> third = client.createMessage(channel(discord)).content("a3").sendAsync();

    client.createMessage(Id.of(other)).content("b1").send();
    client.createMessage(Id.of(other)).content("b2").send();

    assertThat(third).as("the first channel waits for its window").isNotDone();
    third.get(10, TimeUnit.SECONDS);
    assertThat(answers(discord, "429")).isEmpty();
  }

  @Test
  void theGlobalLimitHoldsUnder200ConcurrentVirtualThreads() throws Exception {
    OfflineDiscord discord =
        discord(
            RateLimits.builder()
                .defaultRouteLimit(1000, Duration.ofMillis(100))
                .globalLimit(25, Duration.ofMillis(50))
                .build());
    InMemoryRateLimiter limiter =
        InMemoryRateLimiter.builder().globalLimit(25, Duration.ofMillis(50)).build();
    open.add(limiter);
    Client client =
        client(discord, Client.builder().token(discord.botToken()).rateLimiter(limiter));
    List<Future<Long>> results = new ArrayList<>();
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 200; i++) {
        results.add(threads.submit(() -> client.currentUser().send().model().id().value()));
      }
    }
    for (Future<Long> result : results) {
      assertThat(result.get()).isEqualTo(discord.botUserId());
    }
    assertThat(answers(discord, "429")).isEmpty();
    assertThat(requests(discord, "/users/@me")).isEqualTo(200);
  }

  @Test
  void aSharedScope429IsWaitedOutAndRetried() throws Exception {
    OfflineDiscord discord =
        discord(
            RateLimits.builder()
                .sharedResourceLimit(CREATE_MESSAGE, 2, Duration.ofMillis(200), 20028)
                .build());
    Client client = client(discord);
    for (int i = 0; i < 4; i++) {
      client.createMessage(channel(discord)).content("shared scope " + i).send();
    }
    assertThat(answers(discord, "429"))
        .isNotEmpty()
        .allSatisfy(answer -> assertThat(answer.summary()).contains("shared scope"));
    assertThat(discord.messages(discord.channelId()))
        .filteredOn(m -> m.content().startsWith("shared scope "))
        .hasSize(4);
  }

  @Test
  void aCloudflare429HoldsEveryRequestForItsWait() throws Exception {
    OfflineDiscord discord =
        discord(RateLimits.builder().invalidRequestLimit(3, Duration.ofSeconds(1)).build());
    InMemoryRateLimiter limiter =
        InMemoryRateLimiter.builder().cloudflareBackoff(Duration.ofMillis(1100)).build();
    open.add(limiter);
    Client client =
        client(
            discord, Client.builder().token(discord.botToken()).rateLimiter(limiter).maxRetries(4));
    // Three injected 429s reach the offline Discord's invalid request limit; the fourth attempt
    // meets the Cloudflare ban, which holds everything for longer than the ban lasts.
    discord.restFaults().rateLimit(CURRENT_USER, Duration.ofMillis(1), 3);

    assertThat(client.currentUser().send().model().id().value()).isEqualTo(discord.botUserId());

    assertThat(answers(discord, "429 Cloudflare")).hasSize(1);
    assertThat(requests(discord, "/users/@me")).isEqualTo(5);
  }

  @Test
  void a429IsRetriedAtMostMaxRetriesTimes() {
    OfflineDiscord discord = discord(RateLimits.discordDefaults());
    Client client = client(discord, Client.builder().token(discord.botToken()).maxRetries(2));
    discord.restFaults().rateLimit(CURRENT_USER, Duration.ofMillis(5), 10);

    assertThatThrownBy(() -> client.currentUser().send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.RATE_LIMITED);
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.getMessage()).contains("GET /users/@me", "after 2 retries");
            });
    assertThat(requests(discord, "/users/@me")).isEqualTo(3);

    discord.restFaults().clear();
    discord.restFaults().rateLimit(CURRENT_USER, Duration.ofMillis(5), 2);
    assertThat(client.currentUser().send().status()).isEqualTo(200);
  }

  @Test
  void after401TheTokenIsNotSentAgainButWebhookTokensStillGo() {
    OfflineDiscord discord = discord(RateLimits.discordDefaults());
    Client good = client(discord);
    JsonNode webhook =
        good.raw("POST", "/channels/" + discord.channelId() + "/webhooks")
            .json("{\"name\":\"hook\"}")
            .send()
            .model();
    Client bad = client(discord, Client.builder().token("not-the-token"));

    assertThatThrownBy(() -> bad.currentUser().send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.kind()).isEqualTo(HttpException.Kind.UNAUTHORIZED));
    assertThatThrownBy(() -> bad.createMessage(channel(discord)).content("no").send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.UNAUTHORIZED);
              assertThat(e.getMessage()).contains("401").doesNotContain("not-the-token");
            });
    assertThat(requests(discord, "/users/@me")).isEqualTo(1);
    assertThat(requests(discord, "/messages")).isZero();

    bad.raw(
            "POST",
            "/webhooks/" + webhook.get("id").asString() + "/" + webhook.get("token").asString())
        .json("{\"content\":\"still here\"}")
        .send();
    assertThat(discord.messages(discord.channelId()))
        .extracting(m -> m.content())
        .contains("still here");
  }

  @Test
  void nearTheInvalidRequestLimitTheClientWaitsInsteadOfBeingBanned() {
    OfflineDiscord discord =
        discord(RateLimits.builder().invalidRequestLimit(10, Duration.ofMillis(400)).build());
    InMemoryRateLimiter limiter =
        InMemoryRateLimiter.builder().invalidRequestLimit(10, Duration.ofMillis(400)).build();
    open.add(limiter);
    Client client =
        client(
            discord, Client.builder().token(discord.botToken()).rateLimiter(limiter).maxRetries(0));
    discord.restFaults().rateLimit(CURRENT_USER, Duration.ofMillis(1), 25);
    for (int i = 0; i < 25; i++) {
      assertThatThrownBy(() -> client.currentUser().send())
          .isInstanceOfSatisfying(
              HttpException.class,
              e -> assertThat(e.kind()).isEqualTo(HttpException.Kind.RATE_LIMITED));
    }
    assertThat(answers(discord, "429 Cloudflare")).isEmpty();
    assertThat(answers(discord, "429 rate limited (injected fault)")).hasSize(25);
    assertThat(client.currentUser().send().status()).isEqualTo(200);
  }

  @Test
  void theDefaultClientLimiterIsInMemoryAndClosedWithTheClient() {
    OfflineDiscord discord = discord(RateLimits.discordDefaults());
    Client client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
    assertThat(client.rateLimiter()).isInstanceOf(InMemoryRateLimiter.class);
    assertThat(client.currentUser().send().status()).isEqualTo(200);
    client.close();
    assertThatThrownBy(
            () ->
                client
                    .rateLimiter()
                    .acquire(dev.gloam.http.ratelimiting.Endpoint.of(CURRENT_USER, ""))
                    .join())
        .hasMessageContaining("closed");
  }
}
