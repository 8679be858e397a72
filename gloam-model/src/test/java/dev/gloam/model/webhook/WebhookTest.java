package dev.gloam.model.webhook;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "webhook_incoming.json",
        "webhook_channel_follower.json",
        "webhook_application.json"
      })
  void everyWebhookTypeIsWrittenBackAsRead(String file) {
    String json = payload(file);
    Webhook webhook = roundTrip(json, Webhook.class);
    // guild_id is the only field that may be both absent and null; null is written as absent.
    tools.jackson.databind.node.ObjectNode expected =
        (tools.jackson.databind.node.ObjectNode) tree(json);
    if (expected.get("guild_id").isNull()) {
      expected.remove("guild_id");
    }
    assertThat(written(webhook)).isEqualTo(expected);
  }

  @Test
  void incomingWebhookHasATokenThatToStringHides() {
    Webhook webhook = roundTrip(payload("webhook_incoming.json"), Webhook.class);
    assertThat(webhook.type()).isSameAs(WebhookType.INCOMING);
    assertThat(webhook.token()).isPresent();
    assertThat(webhook.url().orElseThrow()).startsWith("https://discord.com/api/webhooks/");
    assertThat(webhook.applicationId()).isEmpty();
    assertThat(webhook.avatar()).isEmpty();
    assertThat(webhook.user().orElseThrow().username()).isEqualTo("test");
    assertThat(webhook.toString())
        .doesNotContain(webhook.token().orElseThrow())
        .contains("token=<hidden>", "test webhook");
  }

  @Test
  void channelFollowerWebhookNamesItsSource() {
    Webhook webhook = roundTrip(payload("webhook_channel_follower.json"), Webhook.class);
    assertThat(webhook.type()).isSameAs(WebhookType.CHANNEL_FOLLOWER);
    assertThat(webhook.token()).isEmpty();
    WebhookSourceGuild guild = webhook.sourceGuild().orElseThrow();
    assertThat(guild.id()).isEqualTo(Id.parse("56188498421476534"));
    assertThat(guild.icon().orElseThrow().toString()).isEqualTo("bb71f469c158984e265093a81b3397fb");
    assertThat(webhook.sourceChannel())
        .contains(new WebhookSourceChannel(Id.parse("5618852344134324"), "announcements"));
  }

  @Test
  void applicationWebhookHasNoChannelAndUnknownTypesAreKept() {
    Webhook webhook = roundTrip(payload("webhook_application.json"), Webhook.class);
    assertThat(webhook.type()).isSameAs(WebhookType.APPLICATION);
    assertThat(webhook.guildId()).isEmpty();
    assertThat(webhook.channelId()).isEmpty();
    assertThat(webhook.user()).isEmpty();
    assertThat(webhook.applicationId()).contains(Id.parse("658822586720976555"));

    String json =
        "{\"id\":\"18446744073709551615\",\"type\":4,\"channel_id\":null,\"name\":null,"
            + "\"avatar\":null,\"application_id\":null}";
    Webhook unknown = roundTrip(json, Webhook.class);
    assertThat(unknown.type().isKnown()).isFalse();
    assertThat(ModelJson.write(unknown)).isEqualTo(json);
  }
}
