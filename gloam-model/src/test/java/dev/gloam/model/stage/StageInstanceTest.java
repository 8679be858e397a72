package dev.gloam.model.stage;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import org.junit.jupiter.api.Test;

class StageInstanceTest {
  @Test
  void stageInstanceKeepsEveryField() {
    String json = payload("stage_instance.json");
    StageInstance stage = roundTrip(json, StageInstance.class);
    assertThat(stage.id()).isEqualTo(Id.parse("840647391636226060"));
    assertThat(stage.topic()).isEqualTo("Testing Testing, 123");
    assertThat(stage.privacyLevel()).isSameAs(PrivacyLevel.GUILD_ONLY);
    assertThat(stage.discoverableDisabled()).isFalse();
    assertThat(Long.toUnsignedString(stage.guildScheduledEventId().orElseThrow().value()))
        .isEqualTo("18446744073709551615");
    assertThat(written(stage)).isEqualTo(tree(json));
  }

  @Test
  void nullEventAndUnknownPrivacyLevel() {
    String json =
        "{\"id\":\"1\",\"guild_id\":\"2\",\"channel_id\":\"3\",\"topic\":\"t\","
            + "\"privacy_level\":3,\"discoverable_disabled\":true,"
            + "\"guild_scheduled_event_id\":null,\"x_new\":1}";
    StageInstance stage = roundTrip(json, StageInstance.class);
    assertThat(stage.privacyLevel().isKnown()).isFalse();
    assertThat(stage.guildScheduledEventId()).isEmpty();
    assertThat(written(stage).get("privacy_level").asInt()).isEqualTo(3);
    assertThat(written(stage).get("guild_scheduled_event_id").isNull()).isTrue();
    assertThat(written(stage).has("x_new")).isFalse();
    assertThat(PrivacyLevel.of(1)).isSameAs(PrivacyLevel.PUBLIC);
  }
}
