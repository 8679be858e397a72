package dev.gloam.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.gateway.CloseCode;
import dev.gloam.model.gateway.Intents;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.json.ModelJson;
import org.junit.jupiter.api.Test;

class OpenValuesTest {
  record WithType(ChannelType type) {}

  record WithIntents(Intents intents) {}

  record WithPermissions(Permissions permissions) {}

  @Test
  void unknownEnumValuesAreKeptAndWrittenBack() {
    WithType read = ModelJson.read("{\"type\":99}", WithType.class);
    assertThat(read.type().isKnown()).isFalse();
    assertThat(read.type().value()).isEqualTo(99);
    assertThat(read.type().name()).isEqualTo("UNKNOWN(99)");
    assertThat(ModelJson.write(read)).isEqualTo("{\"type\":99}");
    assertThat(ChannelType.of(99)).isEqualTo(read.type());
  }

  @Test
  void knownEnumValuesAreTheConstants() {
    assertThat(ModelJson.read("{\"type\":0}", WithType.class).type())
        .isSameAs(ChannelType.GUILD_TEXT);
    assertThat(ChannelType.GUILD_FORUM.value()).isEqualTo(15);
  }

  @Test
  void closeCodesSayWhetherToReconnect() {
    assertThat(CloseCode.AUTHENTICATION_FAILED.canReconnect()).isFalse();
    assertThat(CloseCode.DISALLOWED_INTENTS.canReconnect()).isFalse();
    assertThat(CloseCode.SESSION_TIMED_OUT.canReconnect()).isTrue();
    assertThat(CloseCode.of(4999).canReconnect()).isTrue();
  }

  @Test
  void unknownBitsSurviveARoundTrip() {
    long withUnknown = Intents.GUILDS.bits() | (1L << 40);
    WithIntents read = ModelJson.read("{\"intents\":" + withUnknown + "}", WithIntents.class);
    assertThat(read.intents().contains(Intents.GUILDS)).isTrue();
    assertThat(ModelJson.write(read)).isEqualTo("{\"intents\":" + withUnknown + "}");
    assertThat(read.intents().toString()).isEqualTo("Intents[GUILDS, 0x10000000000]");
  }

  @Test
  void permissionsAreDecimalStringsOnTheWire() {
    Permissions admin = Permissions.ADMINISTRATOR.with(Permissions.PIN_MESSAGES);
    String json = ModelJson.write(new WithPermissions(admin));
    assertThat(json).isEqualTo("{\"permissions\":\"" + ((1L << 3) | (1L << 51)) + "\"}");
    assertThat(ModelJson.read(json, WithPermissions.class).permissions()).isEqualTo(admin);
    Permissions all =
        ModelJson.read("{\"permissions\":\"18446744073709551615\"}", WithPermissions.class)
            .permissions();
    assertThat(all.bits()).isEqualTo(-1L);
  }

  @Test
  void allPermissionsAreEveryNamedFlagAndNoOther() {
    Permissions all = Permissions.all();
    assertThat(all.contains(Permissions.CREATE_INSTANT_INVITE.with(Permissions.BYPASS_SLOWMODE)))
        .isTrue();
    // Bit 47 is not a documented permission; bits past 52 are not used yet.
    assertThat(all.bits() & (1L << 47)).isZero();
    assertThat(all.bits() >>> 53).isZero();
    assertThat(Long.bitCount(all.bits())).isEqualTo(52);
  }

  @Test
  void flagAlgebra() {
    Intents intents = Intents.GUILD_MESSAGES.with(Intents.DIRECT_MESSAGES, Intents.MESSAGE_CONTENT);
    assertThat(intents.bits()).isEqualTo((1 << 9) | (1 << 12) | (1 << 15));
    assertThat(intents.without(Intents.MESSAGE_CONTENT).contains(Intents.MESSAGE_CONTENT))
        .isFalse();
    assertThat(intents.intersects(Intents.DIRECT_MESSAGES.with(Intents.GUILDS))).isTrue();
    assertThat(Intents.of(0)).isSameAs(Intents.NONE);
    assertThat(Intents.NONE.isEmpty()).isTrue();
  }
}
