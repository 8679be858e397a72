package dev.gloam.model.guild.widget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.guild.Payloads;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetTest {
  @Test
  void readsAWidgetWithAnonymizedMembers() {
    String json = Payloads.text("widget.json");
    GuildWidget widget = Payloads.roundTrip(json, GuildWidget.class);
    Payloads.assertWrittenAsRead(json, widget);

    assertThat(widget.id()).isEqualTo(Id.of(290926798626999250L));
    assertThat(widget.name()).isEqualTo("Test Server");
    assertThat(widget.instantInvite()).contains("https://discord.com/invite/abcdefg");
    assertThat(widget.channels())
        .containsExactly(
            new WidgetChannel(Id.of(705216630279993882L), "elephant", 2),
            new WidgetChannel(Id.parse("18446744073709551615"), "groovy-music", 1));
    assertThat(widget.presenceCount()).isEqualTo(2);

    WidgetMember idle = widget.members().get(0);
    assertThat(idle.id()).isEqualTo("0");
    assertThat(idle.discriminator()).isEqualTo("0000");
    assertThat(idle.avatar()).isEmpty();
    assertThat(idle.status()).isEqualTo(Status.ONLINE);
    assertThat(idle.avatarUrl()).startsWith("https://cdn.discordapp.com/widget-avatars/");
    assertThat(idle.activity()).isEmpty();
    assertThat(idle.channelId()).isEmpty();

    WidgetMember inVoice = widget.members().get(1);
    assertThat(inVoice.activity()).contains(new WidgetActivity("Celeste"));
    assertThat(inVoice.selfMute()).contains(true);
    assertThat(inVoice.deaf()).contains(false);
    assertThat(inVoice.channelId()).contains(Id.of(705216630279993882L));
  }

  @Test
  void readsWidgetSettingsAndStyles() {
    String on = "{\"enabled\":true,\"channel_id\":\"41771983444115456\"}";
    GuildWidgetSettings settings = Payloads.roundTrip(on, GuildWidgetSettings.class);
    Payloads.assertWrittenAsRead(on, settings);
    assertThat(settings)
        .isEqualTo(new GuildWidgetSettings(true, Optional.of(Id.of(41771983444115456L))));

    String off = "{\"enabled\":false,\"channel_id\":null}";
    GuildWidgetSettings none = Payloads.roundTrip(off, GuildWidgetSettings.class);
    Payloads.assertWrittenAsRead(off, none);
    assertThat(none.channelId()).isEmpty();

    assertThat(WidgetStyle.of("banner2")).isSameAs(WidgetStyle.BANNER2);
    assertThat(WidgetStyle.SHIELD.value()).isEqualTo("shield");
    assertThat(WidgetStyle.of("banner9").isKnown()).isFalse();
    assertThat(ModelJson.write(WidgetStyle.of("banner9"))).isEqualTo("\"banner9\"");
  }
}
