package dev.gloam.model.soundboard;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import org.junit.jupiter.api.Test;

class SoundboardSoundTest {
  @Test
  void defaultAndGuildSounds() {
    String json = payload("soundboard_sounds.json");
    SoundboardSoundList list = roundTrip(json, SoundboardSoundList.class);
    SoundboardSound quack = list.items().get(0);
    assertThat(quack.soundId()).isEqualTo(Id.of(1));
    assertThat(quack.volume()).isEqualTo(1.0);
    assertThat(quack.emojiId()).isEmpty();
    assertThat(quack.emojiName()).contains("🦆");
    assertThat(quack.guildId()).isEmpty();
    assertThat(quack.user()).isEmpty();

    SoundboardSound yay = list.items().get(1);
    assertThat(yay.volume()).isEqualTo(0.5);
    assertThat(yay.emojiId()).contains(Id.parse("989193655938064464"));
    assertThat(yay.guildId()).contains(Id.parse("613425648685547541"));
    assertThat(yay.available()).isFalse();
    assertThat(yay.user().orElseThrow().displayName()).isEqualTo("Speed");

    assertThat(written(list)).isEqualTo(tree(json));
  }
}
