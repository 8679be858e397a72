package dev.gloam.examples.ping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gloam.gateway.Config;
import dev.gloam.gateway.Shard;
import dev.gloam.http.Client;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.gateway.ShardId;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.TestkitException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The walking skeleton end to end: testkit → gateway → model → bot → http → testkit. */
class PingBotTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  @Timeout(120)
  void answersPingWithPongInTheSameChannelAsTheBot() throws InterruptedException {
    try (OfflineDiscord discord = OfflineDiscord.start();
        Client http =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      Shard shard =
          Shard.create(
              ShardId.ONE,
              Config.builder(
                      discord.botToken(),
                      Intents.GUILDS.with(Intents.GUILD_MESSAGES, Intents.MESSAGE_CONTENT))
                  .gatewayUrl(discord.gatewayUrl())
                  .build());
      Thread bot;
      try {
        bot = Thread.ofVirtual().start(() -> PingBot.serve(shard, http));
        discord.awaitSessions(1, WAIT);

        long ping = discord.humanSays(discord.channelId(), "!ping");
        RecordedMessage pong = discord.awaitMessage(m -> m.authorId() == discord.botUserId(), WAIT);

        assertThat(pong.content()).isEqualTo("Pong!");
        assertThat(pong.channelId()).isEqualTo(discord.channelId());
        assertThat(discord.messages(discord.channelId()))
            .extracting(RecordedMessage::id, RecordedMessage::authorId, RecordedMessage::content)
            .containsExactly(
                tuple(ping, discord.humanUserId(), "!ping"),
                tuple(pong.id(), discord.botUserId(), "Pong!"));
      } finally {
        shard.close();
      }
      // Closing the shard ends the bot's event loop.
      assertThat(bot.join(WAIT)).isTrue();
    }
  }

  @Test
  @Timeout(120)
  void aSilentBotIsCaught() {
    // The assertion the round trip relies on: without an answer, awaiting the bot's message fails.
    try (OfflineDiscord discord = OfflineDiscord.start()) {
      discord.humanSays(discord.channelId(), "!ping");
      assertThatThrownBy(
              () ->
                  discord.awaitMessage(
                      m -> m.authorId() == discord.botUserId(), Duration.ofMillis(300)))
          .isInstanceOfSatisfying(
              TestkitException.class,
              e -> assertThat(e.kind()).isEqualTo(TestkitException.Kind.TIMEOUT));
      assertThat(discord.messages(discord.channelId()))
          .extracting(RecordedMessage::content)
          .containsExactly("!ping");
    }
  }

  @Test
  @Timeout(120)
  void theOfflineDemoPrintsWhatWentOverTheWire() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RecordedMessage pong =
        PingBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String transcript = buffer.toString(StandardCharsets.UTF_8);

    assertThat(pong.content()).isEqualTo("Pong!");
    assertThat(transcript)
        .contains("READY", "GUILD_CREATE", "MESSAGE_CREATE", "POST /api/v10/channels/")
        .contains("Pong!")
        // The testkit made a token shaped like Discord's; nothing of that shape may show.
        .doesNotContainPattern("[A-Za-z0-9+/]{20,}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,}");
    assertThat(transcript.indexOf("READY")).isLessThan(transcript.indexOf("\"!ping\""));
  }
}
