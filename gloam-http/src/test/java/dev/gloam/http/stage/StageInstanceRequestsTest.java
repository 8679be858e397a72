package dev.gloam.http.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.stage.PrivacyLevel;
import dev.gloam.testkit.GuildChannelType;
import org.junit.jupiter.api.Test;

/** Stage instance requests against the offline Discord. */
class StageInstanceRequestsTest extends AgainstOfflineDiscord {
  @Test
  void aStageIsOpenedChangedAndClosed() {
    Id<ChannelMarker> stage =
        Id.of(discord.addChannel(discord.guildId(), "town hall", GuildChannelType.STAGE));
    client.createStageInstance(stage, "Welcome").privacyLevel(PrivacyLevel.GUILD_ONLY).send();

    client.updateStageInstance(stage).topic("Questions").send();
    assertThat(client.stageInstance(stage).send().model().topic()).isEqualTo("Questions");

    client.deleteStageInstance(stage).send();
    assertThatThrownBy(() -> client.stageInstance(stage).send())
        .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  @Test
  void anEmptyTopicIsRefused() {
    assertThatThrownBy(() -> client.createStageInstance(Id.of(1), "").send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.validationError().orElseThrow().field()).isEqualTo("topic"));
  }
}
