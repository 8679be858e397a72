package dev.gloam.http.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.testkit.RecordedMessage;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Raw requests against the offline Discord: routes gloam has no typed request for. */
class RawRequestTest extends AgainstOfflineDiscord {
  @Test
  void sendsAJsonBodyAndReadsTheAnswerAsATree() {
    JsonNode answer =
        client
            .raw("POST", "/channels/" + discord.channelId() + "/messages")
            .json("{\"content\":\"raw hello\"}")
            .send()
            .model();
    assertThat(answer.path("content").asString()).isEqualTo("raw hello");
    RecordedMessage stored =
        discord.awaitMessage(m -> m.content().equals("raw hello"), Duration.ofSeconds(10));
    assertThat(stored.channelId()).isEqualTo(discord.channelId());
  }

  @Test
  void sendsQueryParameters() {
    for (int i = 0; i < 3; i++) {
      client.createMessage(dev.gloam.model.id.Id.of(discord.channelId())).content("q" + i).send();
    }
    JsonNode page =
        client
            .raw("get", "/channels/" + discord.channelId() + "/messages")
            .query("limit", 2)
            .send()
            .model();
    assertThat(page.size()).isEqualTo(2);
  }

  @Test
  void idsBecomePlaceholdersAndTheFirstIsTheMajorParameter() {
    RawRequest request = client.raw("GET", "/channels/123/messages/456");
    assertThat(request.routeKey()).isEqualTo("GET /channels/{channel_id}/messages/{id1}");
    RawRequest webhook = client.raw("POST", "/webhooks/9/tok-en_secret");
    assertThat(webhook.routeKey()).isEqualTo("POST /webhooks/{webhook_id}/{webhook_token}");
    assertThat(webhook.toString()).doesNotContain("tok-en_secret");
  }

  @Test
  void aWebhookTokenNeverAppearsInErrors() {
    assertThatThrownBy(() -> client.raw("GET", "/webhooks/42/the-webhook-secret").send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.RESPONSE);
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.getMessage()).doesNotContain("the-webhook-secret").contains("<token>");
              assertThat(e.route()).isEqualTo("GET /webhooks/{webhook_id}/{webhook_token}");
            });
  }

  @Test
  void rejectsBadInputBeforeSending() {
    assertThatThrownBy(() -> client.raw("TRACE", "/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.raw("GET", "channels"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.raw("GET", "/channels?limit=1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.raw("GET", "/channels/1").reason("x".repeat(513)).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.VALIDATION);
              assertThat(e.validationError())
                  .hasValueSatisfying(v -> assertThat(v.limit()).isEqualTo("512"));
            });
  }
}
