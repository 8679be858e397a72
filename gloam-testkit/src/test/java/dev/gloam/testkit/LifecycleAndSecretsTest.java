package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.LiveThreads;
import dev.gloam.testkit.support.RestClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleAndSecretsTest {

  static final String TOKEN = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

  @Test
  void closeStopsEveryTestkitThread() throws InterruptedException {
    OfflineDiscord discord = OfflineDiscord.start();
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), true);
        RestClient rest = new RestClient(discord.restUrl(), discord.botToken())) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 513);
      assertThat(rest.get("/users/@me").statusCode()).isEqualTo(200);
      assertThat(LiveThreads.named("gloam-testkit-gateway-")).isNotEmpty();
      discord.close();
      assertThat(client.awaitClose().code()).isEqualTo(1001);
    }
    Set<String> alive = LiveThreads.named("gloam-testkit-");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    // Threads may still be finishing their last instructions after close() returned.
    while (!alive.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      alive = LiveThreads.named("gloam-testkit-");
    }
    assertThat(alive).isEmpty();
  }

  @Test
  void closeIsIdempotentAndLaterUseFailsClearly() {
    OfflineDiscord discord = OfflineDiscord.start();
    discord.close();
    discord.close();
    assertThatThrownBy(() -> discord.humanSays(discord.channelId(), "hi"))
        .isInstanceOfSatisfying(
            TestkitException.class,
            e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.CLOSED));
  }

  @Test
  void waitsTimeOutWithAClearException() {
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      assertThatThrownBy(() -> discord.awaitSessions(1, Duration.ofMillis(50)))
          .isInstanceOfSatisfying(
              TestkitException.class,
              e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.TIMEOUT));
      assertThatThrownBy(() -> discord.awaitMessage(m -> false, Duration.ofMillis(50)))
          .isInstanceOfSatisfying(
              TestkitException.class,
              e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.TIMEOUT));
    }
  }

  @Test
  void awaitMessageSeesMessagesStoredBeforeAndAfterTheCall() throws InterruptedException {
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      discord.humanSays(discord.channelId(), "first");
      assertThat(
              discord.awaitMessage(m -> m.content().equals("first"), GatewayClient.WAIT).authorId())
          .isEqualTo(discord.humanUserId());

      CountDownLatch waiting = new CountDownLatch(1);
      Thread waiter =
          Thread.ofVirtual()
              .start(
                  () -> {
                    waiting.countDown();
                    discord.awaitMessage(m -> m.content().equals("second"), GatewayClient.WAIT);
                  });
      assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
      discord.humanSays(discord.channelId(), "second");
      waiter.join(GatewayClient.WAIT);
      assertThat(waiter.isAlive()).isFalse();
      assertThat(discord.messages(discord.channelId()))
          .extracting(RecordedMessage::content)
          .containsExactly("first", "second");
    }
  }

  @Test
  void tokensNeverAppearInTheWireLogOrToString() {
    try (OfflineDiscord discord = OfflineDiscord.builder().botToken(TOKEN).start()) {
      try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
        client.identifyAndSkipToGuildCreate(TOKEN, 513);
      }
      try (GatewayClient wrong = GatewayClient.connect(discord.gatewayUrl(), false)) {
        wrong.next();
        wrong.identify("some-other-real-secret", 513);
        assertThat(wrong.awaitClose().code()).isEqualTo(4004);
      }
      try (RestClient rest = new RestClient(discord.restUrl(), TOKEN)) {
        rest.post(
            "/channels/" + discord.channelId() + "/messages", "{\"content\":\"" + TOKEN + "\"}");
        rest.get("/users/@me");
      }
      // Webhook and interaction tokens are secrets too, although they travel in the path.
      try (RestClient anonymous = new RestClient(discord.restUrl(), null)) {
        anonymous.post("/webhooks/123456789012345678/webhook-secret-token", "{\"content\":\"x\"}");
        anonymous.post(
            "/interactions/123456789012345678/interaction-secret-token/callback", "{\"type\":1}");
      }

      assertThat(discord.toString()).doesNotContain(TOKEN);
      assertThat(OfflineDiscord.builder().botToken(TOKEN).toString()).doesNotContain(TOKEN);
      assertThat(discord.wireLog()).isNotEmpty();
      for (WireEvent event : discord.wireLog()) {
        assertThat(event.summary())
            .doesNotContain(TOKEN)
            .doesNotContain("some-other-real-secret")
            .doesNotContain("webhook-secret-token")
            .doesNotContain("interaction-secret-token");
        assertThat(event.body()).doesNotContain(TOKEN).doesNotContain("some-other-real-secret");
        assertThat(event.toString()).doesNotContain(TOKEN);
      }
      assertThat(discord.wireLog())
          .filteredOn(e -> e.summary().startsWith("IDENTIFY"))
          .hasSize(2)
          .allSatisfy(
              e -> {
                assertThat(e.summary()).isEqualTo("IDENTIFY shard [0, 1] intents 513");
                assertThat(e.body()).contains("\"token\":\"<redacted>\"");
              });
    }
  }

  @Test
  void wireLogTellsTheStoryInOrder() {
    try (OfflineDiscord discord = OfflineDiscord.start();
        GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
      client.identifyAndSkipToGuildCreate(discord.botToken(), 1 | 1 << 9 | 1 << 15);
      discord.humanSays(discord.channelId(), "!ping");
      client.nextDispatch("MESSAGE_CREATE");
      assertThat(discord.wireLog())
          .filteredOn(e -> e.transport() == WireEvent.Transport.GATEWAY)
          .extracting(WireEvent::summary)
          .containsSubsequence(
              "HELLO heartbeat_interval 41250",
              "IDENTIFY shard [0, 1] intents 33281",
              "GUILD_CREATE \"gloam test guild\"",
              "MESSAGE_CREATE \"!ping\" by human in #general")
          .anySatisfy(summary -> assertThat(summary).startsWith("READY session "));
    }
  }

  @Test
  void faultyWireListenersDoNotBreakTheServer() {
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      discord.onWire(
          event -> {
            throw new IllegalStateException("listener bug");
          });
      try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), false)) {
        client.identifyAndSkipToGuildCreate(discord.botToken(), 513);
      }
    }
  }

  @Test
  void idsAreDistinctSnowflakes() {
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      assertThat(
              Set.of(
                  discord.guildId(),
                  discord.channelId(),
                  discord.botUserId(),
                  discord.humanUserId(),
                  discord.applicationId()))
          .hasSize(5)
          .allSatisfy(id -> assertThat(id >>> 22).isPositive());
    }
  }
}
