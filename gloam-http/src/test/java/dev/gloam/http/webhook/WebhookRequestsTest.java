package dev.gloam.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.webhook.Webhook;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import org.junit.jupiter.api.Test;

class WebhookRequestsTest {
  @Test
  void webhookMessagesInAThreadAreReachedWithThreadId() {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
        Client client =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      Id<ChannelMarker> channel = Id.of(discord.channelId());
      Webhook hook = client.createWebhook(channel, "threads").send().model();
      String token = hook.token().orElseThrow();
      Id<ChannelMarker> thread =
          Id.of(
              client
                  .raw("POST", "/channels/" + channel + "/threads")
                  .json("{\"name\":\"talk\",\"type\":11}")
                  .send()
                  .model()
                  .path("id")
                  .asLong());

      Message sent =
          client
              .executeWebhook(hook.id(), token)
              .content("in the thread")
              .threadId(thread)
              .wait(true)
              .send()
              .model()
              .orElseThrow();
      assertThat(sent.channelId()).isEqualTo(thread);

      Message read =
          client.webhookMessage(hook.id(), token, sent.id()).threadId(thread).send().model();
      assertThat(read.content()).isEqualTo("in the thread");
      Message edited =
          client
              .updateWebhookMessage(hook.id(), token, sent.id())
              .threadId(thread)
              .content("edited")
              .send()
              .model();
      assertThat(edited.content()).isEqualTo("edited");
      client.deleteWebhookMessage(hook.id(), token, sent.id()).threadId(thread).send();
    }
  }

  @Test
  void aWebhookNameWithDiscordInItIsRefusedBeforeSending() {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
        Client client =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build()) {
      assertThatThrownBy(
              () -> client.createWebhook(Id.of(discord.channelId()), "My Discord Hook").send())
          .isInstanceOfSatisfying(
              HttpException.class,
              e -> assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION))
          .hasMessageContaining("name");
    }
  }
}
