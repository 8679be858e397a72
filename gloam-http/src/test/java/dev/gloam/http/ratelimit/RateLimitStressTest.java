package dev.gloam.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.ratelimiting.InMemoryRateLimiter;
import dev.gloam.http.response.Response;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import dev.gloam.testkit.RecordedMessage;
import dev.gloam.testkit.WireEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten thousand messages over many channels, all sent at once, against an offline Discord with
 * strict per-channel and global limits: none may be answered 429, none lost, none sent twice.
 */
class RateLimitStressTest {
  private static final int REQUESTS = 10_000;
  private static final int CHANNELS = 40;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenThousandRequestsOverManyChannelsMeetNo429() throws Exception {
    RateLimits limits =
        RateLimits.builder()
            .bucket(
                "messages",
                5,
                Duration.ofMillis(40),
                RateLimitTest.CREATE_MESSAGE,
                RateLimitTest.GET_MESSAGES)
            .globalLimit(100, Duration.ofMillis(20))
            .build();
    try (OfflineDiscord discord = OfflineDiscord.builder().rateLimits(limits).start();
        InMemoryRateLimiter limiter =
            InMemoryRateLimiter.builder().globalLimit(100, Duration.ofMillis(20)).build();
        Client client =
            Client.builder()
                .token(discord.botToken())
                .baseUrl(discord.restUrl())
                .rateLimiter(limiter)
                .build()) {
      List<Long> channels = new ArrayList<>();
      for (int i = 0; i < CHANNELS; i++) {
        channels.add(discord.addChannel(discord.guildId(), "stress-" + i, GuildChannelType.TEXT));
      }
      List<CompletableFuture<Response<Message>>> sent = new ArrayList<>(REQUESTS);
      for (int i = 0; i < REQUESTS; i++) {
        long channel = channels.get(i % CHANNELS);
        sent.add(client.createMessage(Id.of(channel)).content("stress " + i).sendAsync());
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(100, TimeUnit.SECONDS);

      Set<Long> ids = new HashSet<>();
      for (CompletableFuture<Response<Message>> future : sent) {
        ids.add(future.join().model().id().value());
      }
      assertThat(ids).as("every request answered with its own message").hasSize(REQUESTS);

      List<String> contents = new ArrayList<>();
      for (long channel : channels) {
        discord.messages(channel).stream().map(RecordedMessage::content).forEach(contents::add);
      }
      assertThat(contents).hasSize(REQUESTS).doesNotHaveDuplicates();
      assertThat(
              discord.wireLog().stream()
                  .filter(e -> e.transport() == WireEvent.Transport.REST)
                  .filter(e -> e.direction() == WireEvent.Direction.FROM_DISCORD)
                  .filter(e -> e.summary().startsWith("429")))
          .as("429s caused by the client's pacing")
          .isEmpty();
    }
  }
}
