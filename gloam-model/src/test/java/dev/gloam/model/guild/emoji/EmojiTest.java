package dev.gloam.model.guild.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.guild.Payloads;
import dev.gloam.model.id.Id;
import dev.gloam.model.user.UserFlags;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmojiTest {
  @Test
  void readsCustomAndUnicodeEmojisAndApplicationEmojiLists() {
    String custom =
        "{\"id\":\"18446744073709551615\",\"name\":\"LUL\","
            + "\"roles\":[\"41771983429993000\",\"41771983429993111\"],"
            + "\"user\":{\"username\":\"Luigi\",\"discriminator\":\"0002\","
            + "\"id\":\"96008815106887111\",\"global_name\":null,"
            + "\"avatar\":\"5500909a3274e1812beb4e8de6631111\",\"public_flags\":131328},"
            + "\"require_colons\":true,\"managed\":false,\"animated\":false,\"available\":true}";
    String unicode = "{\"id\":null,\"name\":\"\uD83D\uDD25\"}";
    String json = "{\"items\":[" + custom + "," + unicode + "]}";

    ApplicationEmojis emojis = Payloads.roundTrip(json, ApplicationEmojis.class);
    Payloads.assertWrittenAsRead(json, emojis);

    Emoji lul = emojis.items().get(0);
    assertThat(lul.id()).contains(Id.parse("18446744073709551615"));
    assertThat(lul.roles().orElseThrow()).hasSize(2);
    assertThat(lul.user().orElseThrow().publicFlags()).contains(UserFlags.of(131328L));
    assertThat(lul.requireColons()).contains(true);
    assertThat(lul.available()).contains(true);

    Emoji fire = emojis.items().get(1);
    assertThat(fire.id()).isEmpty();
    assertThat(fire.name()).isEqualTo(Optional.of("\uD83D\uDD25"));
    assertThat(fire.roles()).isEmpty();
    assertThat(fire.animated()).isEmpty();
  }
}
