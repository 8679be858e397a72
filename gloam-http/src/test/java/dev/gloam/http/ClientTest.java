package dev.gloam.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.response.Response;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.gateway.connection.BotConnectionInfo;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.user.User;
import dev.gloam.testkit.WireEvent;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The REST client against the offline Discord, over real sockets. */
class ClientTest extends AgainstOfflineDiscord {
  static Id<ChannelMarker> channel() {
    return Id.of(discord.channelId());
  }

  @Test
  void getsTheCurrentUser() {
    Response<User> response = client.currentUser().send();
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    User me = response.model();
    assertThat(me.id().value()).isEqualTo(discord.botUserId());
    assertThat(me.isBot()).isTrue();
  }

  @Test
  void getsTheGatewayOfTheBot() {
    BotConnectionInfo info = client.gatewayBot().send().model();
    assertThat(URI.create(info.url())).isEqualTo(discord.gatewayUrl());
    assertThat(info.shards()).isEqualTo(1);
    assertThat(info.sessionStartLimit().maxConcurrency()).isEqualTo(1);
  }

  @Test
  void createsAMessageBlocking() {
    Message sent = client.createMessage(channel()).content("hello, blocking").send().model();
    assertThat(sent.content()).isEqualTo("hello, blocking");
    assertThat(sent.channelId()).isEqualTo(channel());
    assertThat(sent.author().id().value()).isEqualTo(discord.botUserId());
    assertThat(discord.messages(discord.channelId()))
        .anySatisfy(m -> assertThat(m.id()).isEqualTo(sent.id().value()));
  }

  @Test
  void createsAMessageAsync() throws Exception {
    Message sent =
        client
            .createMessage(channel())
            .content("hello, async")
            .nonce("n-1")
            .sendAsync()
            .get(30, TimeUnit.SECONDS)
            .model();
    assertThat(sent.content()).isEqualTo("hello, async");
  }

  @Test
  void sendsTheBotAuthorizationAndNeverLogsTheToken() {
    client.currentUser().send();
    assertThat(discord.wireLog())
        .filteredOn(e -> e.transport() == WireEvent.Transport.REST)
        .allSatisfy(e -> assertThat(e.summary() + e.body()).doesNotContain(discord.botToken()));
    assertThat(client.toString()).doesNotContain(discord.botToken()).contains("redacted");
  }

  @Test
  void discordErrorsCarryStatusAndCode() {
    assertThatThrownBy(() -> client.createMessage(Id.of(42)).content("lost").send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.RESPONSE);
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.error().orElseThrow().code()).isEqualTo(10003);
              assertThat(e.getMessage()).contains("POST /channels/42/messages", "Unknown Channel");
            });
  }

  @Test
  void asyncFailuresCompleteTheFutureExceptionally() {
    assertThatThrownBy(() -> client.createMessage(Id.of(42)).content("lost").sendAsync().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void aWrongTokenIsUnauthorized() {
    try (Client wrong =
        Client.builder().token("Bot not-the-token").baseUrl(discord.restUrl()).build()) {
      assertThatThrownBy(() -> wrong.currentUser().send())
          .isInstanceOfSatisfying(
              HttpException.class,
              e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.getMessage()).doesNotContain("not-the-token");
              });
    }
  }

  @Test
  void invalidContentIsRejectedBeforeSending() {
    long before = discord.wireLog().size();
    String tooLong = "x".repeat(2001);
    assertThatThrownBy(() -> client.createMessage(channel()).content(tooLong).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              assertThat(e.getMessage()).contains("content", "2001", "2000");
            });
    assertThatThrownBy(() -> client.createMessage(channel()).send())
        .isInstanceOf(HttpException.class);
    assertThat(client.createMessage(channel()).content(tooLong).sendAsync())
        .isCompletedExceptionally();
    assertThat(discord.wireLog()).hasSize((int) before);
  }

  @Test
  void theFullLimitIsAccepted() {
    // 2000 characters, counted as Discord does: an emoji outside the BMP is one character.
    String limit = "\uD83D\uDE00".repeat(10) + "y".repeat(1990);
    Message sent = client.createMessage(channel()).content(limit).send().model();
    assertThat(sent.content()).isEqualTo(limit);
  }

  @Test
  void builderRejectsBadInput() {
    assertThatThrownBy(() -> Client.builder().token(" "))
        .isInstanceOf(IllegalArgumentException.class);
    try (Client tokenless = Client.builder().baseUrl(discord.restUrl()).build()) {
      assertThatThrownBy(() -> tokenless.currentUser().send())
          .isInstanceOfSatisfying(
              HttpException.class,
              e -> assertThat(e.kind()).isEqualTo(HttpException.Kind.UNAUTHORIZED));
    }
    Client trailing =
        Client.builder().token("t").baseUrl(URI.create(discord.restUrl() + "/")).build();
    assertThat(trailing.baseUrl()).isEqualTo(discord.restUrl());
    trailing.close();
  }
}
