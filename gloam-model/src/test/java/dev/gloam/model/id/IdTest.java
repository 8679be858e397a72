package dev.gloam.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.json.ModelJsonException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdTest {
  record Holder(Id<GuildMarker> guildId) {}

  @Test
  void keepsTheFullUnsignedRange() {
    Id<GuildMarker> id = Id.parse("18446744073709551615");
    assertThat(id.value()).isEqualTo(-1L);
    assertThat(id.toString()).isEqualTo("18446744073709551615");
    assertThat(ModelJson.write(new Holder(id)))
        .isEqualTo("{\"guild_id\":\"18446744073709551615\"}");
  }

  @Test
  void readsStringsAndNumbersAndWritesStrings() {
    Holder fromString = ModelJson.read("{\"guild_id\":\"81384788765712384\"}", Holder.class);
    Holder fromNumber = ModelJson.read("{\"guild_id\":81384788765712384}", Holder.class);
    assertThat(fromString).isEqualTo(fromNumber);
    assertThat(fromString.guildId().value()).isEqualTo(81384788765712384L);
    Holder huge = ModelJson.read("{\"guild_id\":18446744073709551615}", Holder.class);
    assertThat(huge.guildId().toString()).isEqualTo("18446744073709551615");
  }

  @Test
  void readsEveryLengthOfDigitsAsParseDoes() {
    // Strings of up to 19 digits are read from the parser's buffer, longer ones through parse.
    for (String text :
        new String[] {
          "1",
          "9999999999999999999",
          "9223372036854775807",
          "9223372036854775808",
          "10000000000000000000",
          "18446744073709551615",
          "0000000000000000001"
        }) {
      Holder read = ModelJson.read("{\"guild_id\":\"" + text + "\"}", Holder.class);
      assertThat(read.guildId()).as(text).isEqualTo(Id.parse(text));
    }
    for (String bad : new String[] {"0", "", "12a", "18446744073709551616", "1.5", " 1"}) {
      assertThatThrownBy(() -> ModelJson.read("{\"guild_id\":\"" + bad + "\"}", Holder.class))
          .as(bad)
          .isInstanceOf(ModelJsonException.class);
    }
  }

  @Test
  void rejectsTextThatIsNotASnowflake() {
    assertThatThrownBy(() -> Id.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Id.parse("0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelJson.read("{\"guild_id\":\"-5\"}", Holder.class))
        .isInstanceOf(ModelJsonException.class)
        .extracting(e -> ((ModelJsonException) e).kind())
        .isEqualTo(ModelJsonException.Kind.UNEXPECTED_SHAPE);
  }

  @Test
  void castKeepsTheValueAndOrderIsUnsigned() {
    Id<GuildMarker> guild = Id.of(41771983423143936L);
    Id<RoleMarker> everyone = guild.cast();
    assertThat(everyone.value()).isEqualTo(guild.value());
    Id<ChannelMarker> small = Id.of(1);
    Id<ChannelMarker> large = Id.parse("18446744073709551615");
    assertThat(small.compareTo(large)).isNegative();
  }

  @Test
  void timestampComesFromTheTopBits() {
    // The example snowflake of Discord's reference was created on 2016-04-30T11:18:25.796Z.
    assertThat(Id.of(175928847299117063L).timestamp())
        .isEqualTo(Instant.parse("2016-04-30T11:18:25.796Z"));
  }
}
