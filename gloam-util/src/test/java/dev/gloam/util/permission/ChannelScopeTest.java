package dev.gloam.util.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.Permissions;
import org.junit.jupiter.api.Test;

/**
 * The scopes hold as many permissions as Discord's table marks T, V and S, and no guild-wide one.
 */
class ChannelScopeTest {
  private static int channelPermissions(ChannelScope scope) {
    return Long.bitCount(scope.keep(Permissions.all().bits()) & ChannelScope.channelBits());
  }

  @Test
  void eachScopeHasItsRowsOfTheTable() {
    assertThat(channelPermissions(ChannelScope.TEXT)).isEqualTo(26);
    assertThat(channelPermissions(ChannelScope.VOICE)).isEqualTo(34);
    assertThat(channelPermissions(ChannelScope.STAGE)).isEqualTo(27);
    // The twelve permissions with no channel type are kept in every scope.
    long guildWide = Permissions.all().bits() & ~ChannelScope.channelBits();
    assertThat(Long.bitCount(guildWide)).isEqualTo(12);
    assertThat(ChannelScope.TEXT.keep(guildWide)).isEqualTo(guildWide);
  }

  @Test
  void channelTypesMapToTheirScope() {
    assertThat(ChannelScope.of(ChannelType.GUILD_MEDIA)).isEqualTo(ChannelScope.TEXT);
    assertThat(ChannelScope.of(ChannelType.GUILD_ANNOUNCEMENT)).isEqualTo(ChannelScope.TEXT);
    assertThat(ChannelScope.of(ChannelType.GUILD_VOICE)).isEqualTo(ChannelScope.VOICE);
    assertThat(ChannelScope.of(ChannelType.GUILD_STAGE_VOICE)).isEqualTo(ChannelScope.STAGE);
    assertThat(ChannelScope.of(ChannelType.GUILD_CATEGORY)).isEqualTo(ChannelScope.ANY);
  }
}
