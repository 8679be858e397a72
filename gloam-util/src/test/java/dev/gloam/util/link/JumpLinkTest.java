package dev.gloam.util.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.util.link.LinkException.Kind;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Jump links to guilds, channels and messages, as Discord's client copies them. */
class JumpLinkTest {
  private static final Id<GuildMarker> GUILD = Id.of(613_425_648_685_547_541L);
  private static final Id<ChannelMarker> CHANNEL = Id.of(697_138_785_317_814_292L);
  private static final Id<MessageMarker> MESSAGE = Id.of(1_193_314_213_184_946_266L);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://discord.com",
        "https://discordapp.com",
        "https://canary.discord.com",
        "https://ptb.discord.com",
        "https://ptb.discordapp.com",
        "https://CANARY.Discord.com",
      })
  void readsEveryHost(String base) {
    String path = "/channels/613425648685547541/697138785317814292/1193314213184946266";
    assertThat(JumpLink.parse(base + path)).isEqualTo(MessageLink.of(GUILD, CHANNEL, MESSAGE));
    assertThat(JumpLink.parse(base + path + "/"))
        .isEqualTo(MessageLink.of(GUILD, CHANNEL, MESSAGE));
    assertThat(JumpLink.parse(base + path + "?foo=bar#x"))
        .isEqualTo(MessageLink.of(GUILD, CHANNEL, MESSAGE));
  }

  @Test
  void readsEachShape() {
    assertThat(JumpLink.parse("https://discord.com/channels/613425648685547541"))
        .isEqualTo(new GuildLink(GUILD));
    assertThat(JumpLink.parse("https://discord.com/channels/613425648685547541/697138785317814292"))
        .isEqualTo(ChannelLink.of(GUILD, CHANNEL));
    assertThat(JumpLink.parse("https://discord.com/channels/@me/697138785317814292"))
        .isEqualTo(ChannelLink.direct(CHANNEL));
    MessageLink direct =
        MessageLink.parse(
            "https://discord.com/channels/@me/697138785317814292/1193314213184946266");
    assertThat(direct).isEqualTo(MessageLink.direct(CHANNEL, MESSAGE));
    assertThat(direct.isDirect()).isTrue();
    assertThat(direct.guildId()).isEmpty();
    assertThat(direct.channel()).isEqualTo(ChannelLink.direct(CHANNEL));
    assertThat(ChannelLink.of(GUILD, CHANNEL).isDirect()).isFalse();
  }

  @Test
  void writesLinksOnDiscordCom() {
    assertThat(new GuildLink(GUILD).toUrl())
        .isEqualTo("https://discord.com/channels/613425648685547541");
    assertThat(ChannelLink.of(GUILD, CHANNEL).toUrl())
        .isEqualTo("https://discord.com/channels/613425648685547541/697138785317814292");
    assertThat(ChannelLink.direct(CHANNEL).toUrl())
        .isEqualTo("https://discord.com/channels/@me/697138785317814292");
    assertThat(MessageLink.of(GUILD, CHANNEL, MESSAGE).toUrl())
        .isEqualTo(
            "https://discord.com/channels/613425648685547541/697138785317814292/1193314213184946266");
    assertThat(MessageLink.direct(CHANNEL, MESSAGE).toUrl())
        .isEqualTo("https://discord.com/channels/@me/697138785317814292/1193314213184946266");
  }

  @Test
  void roundTripsThroughTheUrl() {
    Random random = new Random(9);
    for (int i = 0; i < 1_000; i++) {
      Optional<Id<GuildMarker>> guild =
          random.nextBoolean() ? Optional.empty() : Optional.of(Id.of(random.nextLong() | 1));
      Id<ChannelMarker> channel = Id.of(random.nextLong() | 1);
      Id<MessageMarker> message = Id.of(random.nextLong() | 1);
      JumpLink link =
          switch (random.nextInt(3)) {
            case 0 -> new GuildLink(guild.orElse(GUILD));
            case 1 -> new ChannelLink(guild, channel);
            default -> new MessageLink(guild, channel, message);
          };
      assertThat(JumpLink.parse(link.toUrl())).isEqualTo(link);
    }
    assertThat(GuildLink.parse(new GuildLink(GUILD).toUrl())).isEqualTo(new GuildLink(GUILD));
    assertThat(ChannelLink.parse(ChannelLink.direct(CHANNEL).toUrl()))
        .isEqualTo(ChannelLink.direct(CHANNEL));
    MessageLink largest = MessageLink.of(Id.of(-1L), Id.of(-1L), Id.of(-1L));
    assertThat(MessageLink.parse(largest.toUrl())).isEqualTo(largest);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "http://discord.com/channels/613425648685547541                 | SCHEME",
        "discord.com/channels/613425648685547541                        | SCHEME",
        "https://example.com/channels/613425648685547541                | HOST",
        "https://discord.gg/channels/613425648685547541                 | HOST",
        "https://discord.com:8443/channels/613425648685547541           | HOST",
        "https://discord.com                                            | PATH",
        "https://discord.com/                                           | PATH",
        "https://discord.com/channels                                   | PATH",
        "https://discord.com/channels/@me                               | PATH",
        "https://discord.com/guilds/613425648685547541                  | PATH",
        "https://discord.com/channels/1/2/3/4                           | PATH",
        "https://discord.com/channels/1//3                              | PATH",
        "https://discord.com/channels/@you/2                            | ID",
        "https://discord.com/channels/abc                               | ID",
        "https://discord.com/channels/0/2/3                             | ID",
        "https://discord.com/channels/1/0/3                             | ID",
        "https://discord.com/channels/1/2/0                             | ID",
        "https://discord.com/channels/1/02/3                            | ID",
        "https://discord.com/channels/1/2/18446744073709551616          | ID",
        "https://discord.com/channels/99999999999999999999/2            | ID",
        "https://discord.com/channels/1/2/1e5                           | ID",
      })
  void refusesMalformedLinks(String url, Kind kind) {
    assertThatThrownBy(() -> JumpLink.parse(url))
        .isInstanceOfSatisfying(LinkException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    assertThat(JumpLink.tryParse(url)).isEmpty();
  }

  @Test
  void errorsNameTheWrongPart() {
    assertThatThrownBy(
            () -> JumpLink.parse("https://discord.com/channels/1/2/18446744073709551616"))
        .hasMessage("the message id \"18446744073709551616\" does not fit in 64 bits");
    assertThatThrownBy(() -> JumpLink.parse("https://example.com/channels/1"))
        .hasMessageStartingWith("the host \"example.com\" is not discord.com");
    assertThatThrownBy(() -> JumpLink.parse("https://discord.com/channels/0/2"))
        .hasMessage("the guild id \"0\" is 0 or starts with 0, which no Discord id does");
  }

  @Test
  void eachShapeParsesOnlyItself() {
    String guild = "https://discord.com/channels/1";
    String channel = "https://discord.com/channels/1/2";
    String message = "https://discord.com/channels/1/2/3";
    assertThatThrownBy(() -> GuildLink.parse(channel))
        .isInstanceOfSatisfying(
            LinkException.class, e -> assertThat(e.kind()).isEqualTo(Kind.PATH));
    assertThatThrownBy(() -> ChannelLink.parse(message)).isInstanceOf(LinkException.class);
    assertThatThrownBy(() -> ChannelLink.parse(guild)).isInstanceOf(LinkException.class);
    assertThatThrownBy(() -> MessageLink.parse(channel)).isInstanceOf(LinkException.class);
    assertThat(GuildLink.parse(guild).guildId()).isEqualTo(Id.of(1));
    assertThat(ChannelLink.parse(channel).channelId()).isEqualTo(Id.of(2));
    assertThat(MessageLink.parse(message).messageId()).isEqualTo(Id.of(3));
  }

  @Test
  void refusesNullParts() {
    assertThatThrownBy(() -> new GuildLink(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ChannelLink(null, CHANNEL))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new MessageLink(Optional.empty(), CHANNEL, null))
        .isInstanceOf(NullPointerException.class);
  }
}
