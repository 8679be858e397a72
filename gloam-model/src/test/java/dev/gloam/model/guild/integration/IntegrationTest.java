package dev.gloam.model.guild.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.guild.Payloads;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.oauth2.OAuth2Scope;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IntegrationTest {
  @Test
  void readsIntegrationsOfEveryType() {
    String json = Payloads.text("integrations.json");
    Integration[] integrations = Payloads.roundTrip(json, Integration[].class);
    Payloads.assertWrittenAsRead(json, integrations);

    Integration twitch = integrations[0];
    assertThat(twitch.type()).isEqualTo(IntegrationType.TWITCH);
    assertThat(twitch.enabled()).isTrue();
    assertThat(twitch.syncing()).contains(false);
    assertThat(twitch.roleId()).contains(Id.of(1101245000000000501L));
    assertThat(twitch.enableEmoticons()).contains(true);
    assertThat(twitch.expireBehavior()).contains(IntegrationExpireBehavior.REMOVE_ROLE);
    assertThat(twitch.expireGracePeriod()).contains(7);
    assertThat(twitch.user().orElseThrow().username()).isEqualTo("owner");
    assertThat(twitch.account()).isEqualTo(new IntegrationAccount("123456789", "gloamtv"));
    assertThat(twitch.syncedAt()).contains(Instant.parse("2026-03-04T05:06:07.890Z"));
    assertThat(twitch.subscriberCount()).contains(42);
    assertThat(twitch.revoked()).contains(false);
    assertThat(twitch.application()).isEmpty();
    assertThat(twitch.scopes()).isEmpty();

    Integration youtube = integrations[1];
    assertThat(youtube.type()).isEqualTo(IntegrationType.YOUTUBE);
    assertThat(youtube.expireBehavior()).contains(IntegrationExpireBehavior.KICK);
    assertThat(youtube.enableEmoticons()).isEmpty();
    assertThat(youtube.account().id()).isEqualTo("UCabcdefghijklmnopqrstuv");
    assertThat(youtube.revoked()).contains(true);

    Integration discord = integrations[2];
    assertThat(discord.scopes().orElseThrow())
        .containsExactly(
            OAuth2Scope.BOT,
            OAuth2Scope.APPLICATIONS_COMMANDS,
            OAuth2Scope.of("some.future_scope"));
    assertThat(discord.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(discord.type()).isEqualTo(IntegrationType.DISCORD);
    assertThat(discord.syncing()).isEmpty();
    assertThat(discord.roleId()).isEmpty();
    assertThat(discord.expireBehavior()).isEmpty();
    IntegrationApplication application = discord.application().orElseThrow();
    assertThat(application.id()).isEqualTo(Id.of(1101245123456789012L));
    assertThat(application.icon()).isEmpty();
    assertThat(application.description()).isEqualTo("A bot made with gloam");
    assertThat(application.bot().orElseThrow().isBot()).isTrue();

    Integration subscriptions = integrations[3];
    assertThat(subscriptions.type()).isEqualTo(IntegrationType.GUILD_SUBSCRIPTION);
    assertThat(subscriptions.user()).isEmpty();
    assertThat(subscriptions.account().id()).isEqualTo("18446744073709551615");

    Integration unknown = integrations[4];
    assertThat(unknown.type().isKnown()).isFalse();
    assertThat(unknown.type().value()).isEqualTo("facebook");
    assertThat(unknown.expireBehavior().orElseThrow().isKnown()).isFalse();

    JsonNode written = Payloads.tree(ModelJson.write(integrations));
    assertThat(written.get(4).get("type").asString()).isEqualTo("facebook");
    assertThat(written.get(4).get("expire_behavior").asInt()).isEqualTo(5);
    assertThat(written.get(2).get("application").get("icon").isNull()).isTrue();
    assertThat(written.get(3).has("application")).isFalse();
  }
}
