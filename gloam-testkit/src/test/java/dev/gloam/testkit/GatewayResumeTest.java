package dev.gloam.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.support.GatewayClient;
import dev.gloam.testkit.support.GatewayClient.Compression;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** RESUME at resume_gateway_url, replay of missed dispatches, and INVALID_SESSION. */
class GatewayResumeTest {

  static final long INTENTS = 1 | 1 << 9 | 1 << 15;

  OfflineDiscord discord;

  @BeforeEach
  void start() {
    discord =
        OfflineDiscord.builder().identifyConcurrency(1, Duration.ZERO).resumeBufferSize(8).start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  /** A session as READY describes it. */
  record Session(String id, URI resumeUrl) {}

  Session identify(GatewayClient client) {
    assertThat(client.next().path("op").asInt()).isEqualTo(10);
    client.identify(discord.botToken(), INTENTS);
    JsonNode ready = client.nextDispatch("READY").path("d");
    client.nextDispatch("GUILD_CREATE");
    return new Session(
        ready.path("session_id").asString(),
        URI.create(ready.path("resume_gateway_url").asString()));
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void droppedConnectionResumesWithEveryMissedDispatchInOrderThenResumed(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
      discord.awaitSessions(1, GatewayClient.WAIT);
      discord.humanSays(discord.channelId(), "seen");
      assertThat(first.nextDispatch("MESSAGE_CREATE").path("s").asInt()).isEqualTo(3);

      assertThat(discord.gatewayFaults().dropConnection(0)).isEqualTo(1);
      assertThat(first.awaitEnd().code()).isEqualTo(1006);
    }
    assertThat(session.resumeUrl().getPort()).isEqualTo(discord.gatewayUrl().getPort());
    discord.humanSays(discord.channelId(), "missed one");
    discord.humanSays(discord.channelId(), "missed two");

    try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
      assertThat(second.next().path("op").asInt()).isEqualTo(10);
      second.resume(discord.botToken(), session.id(), 3);
      JsonNode one = second.nextDispatch("MESSAGE_CREATE");
      JsonNode two = second.nextDispatch("MESSAGE_CREATE");
      JsonNode resumed = second.nextDispatch("RESUMED");
      assertThat(one.path("s").asInt()).isEqualTo(4);
      assertThat(one.path("d").path("content").asString()).isEqualTo("missed one");
      assertThat(two.path("s").asInt()).isEqualTo(5);
      assertThat(two.path("d").path("content").asString()).isEqualTo("missed two");
      assertThat(resumed.path("s").asInt()).isEqualTo(6);

      // The resumed session goes on receiving events with the same numbering.
      discord.humanSays(discord.channelId(), "after");
      JsonNode after = second.nextDispatch("MESSAGE_CREATE");
      assertThat(after.path("s").asInt()).isEqualTo(7);
      assertThat(after.path("d").path("content").asString()).isEqualTo("after");
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void resumeFromAnEarlierSequenceReplaysWhatTheClientAlreadySawToo(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
      discord.gatewayFaults().dropConnection(0);
      first.awaitEnd();
    }
    try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
      second.next();
      second.resume(discord.botToken(), session.id(), 1);
      assertThat(second.nextDispatch("GUILD_CREATE").path("s").asInt()).isEqualTo(2);
      assertThat(second.nextDispatch("RESUMED").path("s").asInt()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void unknownSessionIsInvalidAndNotResumable(Compression compression) {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      client.next();
      client.resume(discord.botToken(), "0123456789abcdef0123456789abcdef", 3);
      JsonNode invalid = client.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").isBoolean()).isTrue();
      assertThat(invalid.path("d").asBoolean()).isFalse();
      // The connection stays usable for a fresh IDENTIFY.
      client.identify(discord.botToken(), INTENTS);
      assertThat(client.nextDispatch("READY").path("s").asInt()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void sequenceBeyondTheReplayBufferIsInvalid(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
      discord.awaitSessions(1, GatewayClient.WAIT);
      discord.gatewayFaults().dropConnection(0);
      first.awaitEnd();
    }
    // The buffer keeps 8 dispatches: READY and GUILD_CREATE fall out after 8 more.
    for (int i = 0; i < 8; i++) {
      discord.humanSays(discord.channelId(), "message " + i);
    }
    try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
      second.next();
      second.resume(discord.botToken(), session.id(), 1);
      JsonNode invalid = second.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").asBoolean(true)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void sequenceAheadOfTheSessionClosesWith4007(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
      discord.gatewayFaults().dropConnection(0);
      first.awaitEnd();
    }
    try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
      second.next();
      second.resume(discord.botToken(), session.id(), 99);
      assertThat(second.awaitClose()).isEqualTo(new GatewayClient.Closed(4007, "Invalid seq"));
    }
    // 4007 asks for a new session: the old one is gone.
    try (GatewayClient third = GatewayClient.connect(session.resumeUrl(), compression)) {
      third.next();
      third.resume(discord.botToken(), session.id(), 2);
      assertThat(third.next().path("op").asInt()).isEqualTo(9);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void resumeWithWrongTokenClosesWith4004(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
      discord.gatewayFaults().dropConnection(0);
      first.awaitEnd();
    }
    try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
      second.next();
      second.resume("wrong", session.id(), 2);
      assertThat(second.awaitClose().code()).isEqualTo(4004);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void resumeOnAnIdentifiedConnectionClosesWith4005(Compression compression) {
    try (GatewayClient client = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      Session session = identify(client);
      client.resume(discord.botToken(), session.id(), 2);
      assertThat(client.awaitClose().code()).isEqualTo(4005);
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void clientClosingWith1000EndsTheSession(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
    } // closes with 1000
    try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
      second.next();
      second.resume(discord.botToken(), session.id(), 2);
      JsonNode invalid = second.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").asBoolean(true)).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void reconnectIsSentAndTheSessionResumesElsewhere(Compression compression) {
    Session session;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      session = identify(first);
      assertThat(discord.gatewayFaults().sendReconnect(0)).isEqualTo(1);
      JsonNode reconnect = first.next();
      assertThat(reconnect.path("op").asInt()).isEqualTo(7);
      assertThat(reconnect.get("d").isNull()).isTrue();
      // A client resuming while the old connection is still open takes the session over.
      try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
        second.next();
        second.resume(discord.botToken(), session.id(), 2);
        assertThat(second.nextDispatch("RESUMED").path("s").asInt()).isEqualTo(3);
        assertThat(first.awaitEnd().code()).isEqualTo(1006);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void resumableInvalidSessionCanBeResumed(Compression compression) {
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      Session session = identify(first);
      assertThat(discord.gatewayFaults().sendInvalidSession(0, true)).isEqualTo(1);
      JsonNode invalid = first.next();
      assertThat(invalid.path("op").asInt()).isEqualTo(9);
      assertThat(invalid.path("d").asBoolean()).isTrue();
      try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
        second.next();
        second.resume(discord.botToken(), session.id(), 2);
        assertThat(second.nextDispatch("RESUMED").path("s").asInt()).isEqualTo(3);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void notResumableInvalidSessionCannotBeResumed(Compression compression) {
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      Session session = identify(first);
      discord.gatewayFaults().sendInvalidSession(0, false);
      assertThat(first.next().path("d").asBoolean(true)).isFalse();
      // The connection is unauthenticated again and may identify anew.
      first.identify(discord.botToken(), INTENTS);
      JsonNode ready = first.nextDispatch("READY");
      assertThat(ready.path("s").asInt()).isEqualTo(1);
      assertThat(ready.path("d").path("session_id").asString()).isNotEqualTo(session.id());
      try (GatewayClient second = GatewayClient.connect(session.resumeUrl(), compression)) {
        second.next();
        second.resume(discord.botToken(), session.id(), 2);
        assertThat(second.next().path("d").asBoolean(true)).isFalse();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void closeCodesKeepDiscordsMeaningForResuming(Compression compression) {
    // 4000: reconnect and resume.
    Session resumable;
    try (GatewayClient first = GatewayClient.connect(discord.gatewayUrl(), compression)) {
      resumable = identify(first);
      discord.gatewayFaults().close(0, 4000);
      assertThat(first.awaitClose()).isEqualTo(new GatewayClient.Closed(4000, "Unknown error"));
    }
    try (GatewayClient second = GatewayClient.connect(resumable.resumeUrl(), compression)) {
      second.next();
      second.resume(discord.botToken(), resumable.id(), 2);
      assertThat(second.nextDispatch("RESUMED").path("s").asInt()).isEqualTo(3);
      // 4009: the session timed out; a new one is needed.
      discord.gatewayFaults().close(0, 4009);
      assertThat(second.awaitClose())
          .isEqualTo(new GatewayClient.Closed(4009, "Session timed out"));
    }
    try (GatewayClient third = GatewayClient.connect(resumable.resumeUrl(), compression)) {
      third.next();
      third.resume(discord.botToken(), resumable.id(), 3);
      assertThat(third.next().path("op").asInt()).isEqualTo(9);
    }
  }
}
