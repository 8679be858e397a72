package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.support.RestClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestFaultsTest {
  private OfflineDiscord discord;
  private RestClient rest;

  @BeforeEach
  void start() {
    discord = OfflineDiscord.start();
    rest = new RestClient(discord.restUrl(), discord.botToken());
  }

  @AfterEach
  void stop() {
    rest.close();
    discord.close();
  }

  private HttpResponse<String> say(String content) {
    return rest.send(
        "POST",
        "/channels/" + discord.channelId() + "/messages",
        "{\"content\":\"" + content + "\"}");
  }

  @Test
  void serverErrorsForTheNextRequestsOfOneRouteOnly() {
    discord.restFaults().fail("POST /channels/{channel_id}/messages", 502, 2);

    assertThat(rest.send("GET", "/users/@me", null).statusCode()).isEqualTo(200);
    HttpResponse<String> first = say("one");
    assertThat(first.statusCode()).isEqualTo(502);
    assertThat(first.body()).contains("\"code\":0");
    assertThat(say("two").statusCode()).isEqualTo(502);
    assertThat(say("three").statusCode()).isEqualTo(200);
    // Failed requests never reached the channel.
    assertThat(discord.messages(discord.channelId()))
        .extracting(RecordedMessage::content)
        .containsExactly("three");
  }

  @Test
  void anInjected429LooksLikeAnEmptyBucket() {
    discord.restFaults().rateLimit("*", Duration.ofMillis(1500), 1);

    HttpResponse<String> limited = rest.send("GET", "/users/@me", null);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.body()).contains("\"retry_after\":1.5", "\"global\":false");
    assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
    assertThat(limited.headers().firstValue("X-RateLimit-Scope")).hasValue("user");
    assertThat(limited.headers().firstValue("X-RateLimit-Reset-After")).hasValue("1.500");
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(limited.headers().firstValue("X-RateLimit-Bucket")).isPresent();
    assertThat(rest.send("GET", "/users/@me", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aDelayedRequestIsStillAnsweredAndTheDelayIsRecorded() {
    discord.restFaults().delay("GET /users/@me", Duration.ofMillis(200), 1);

    assertThat(rest.send("GET", "/users/@me", null).statusCode()).isEqualTo(200);
    assertThat(discord.wireLog()).extracting(WireEvent::summary).contains("FAULT delayed 200 ms");
  }

  @Test
  void clearForgetsUnusedFaultsAndBadFaultsAreRefused() {
    discord.restFaults().fail("*", 500, 10).clear();
    assertThat(rest.send("GET", "/users/@me", null).statusCode()).isEqualTo(200);

    assertThatThrownBy(() -> discord.restFaults().fail("*", 404, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> discord.restFaults().fail("nonsense", 500, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> discord.restFaults().rateLimit("*", Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> discord.restFaults().delay("*", Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
