package dev.gloam.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.mention.MentionParseException.Kind;
import dev.gloam.model.id.Id;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading one whole mention: every kind, and every way markup can be wrong. */
class MentionParseTest {

  @Test
  void everyKindFromDiscordsTable() {
    assertThat(Mention.parse("<@80351110224678912>"))
        .isEqualTo(new UserMention(Id.of(80351110224678912L), false));
    assertThat(Mention.parse("<@!80351110224678912>"))
        .isEqualTo(new UserMention(Id.of(80351110224678912L), true));
    assertThat(Mention.parse("<#103735883630395392>"))
        .isEqualTo(new ChannelMention(Id.of(103735883630395392L)));
    assertThat(Mention.parse("<@&165511591545143296>"))
        .isEqualTo(new RoleMention(Id.of(165511591545143296L)));
    assertThat(Mention.parse("</airhorn:816437322781949972>"))
        .isEqualTo(Mentions.command("airhorn", Id.of(816437322781949972L)));
    assertThat(Mention.parse("</foo bar:123456789012345678>"))
        .isEqualTo(Mentions.command("foo", "bar", Id.of(123456789012345678L)));
    assertThat(Mention.parse("</foo group bar:123456789012345678>"))
        .isEqualTo(Mentions.command("foo", "group", "bar", Id.of(123456789012345678L)));
    assertThat(Mention.parse("<:mmLol:216154654256398347>"))
        .isEqualTo(new EmojiMention("mmLol", Id.of(216154654256398347L), false));
    assertThat(Mention.parse("<a:b1nzy:392938283556143104>"))
        .isEqualTo(new EmojiMention("b1nzy", Id.of(392938283556143104L), true));
    assertThat(Mention.parse("<t:1618953630>"))
        .isEqualTo(new TimestampMention(1618953630L, Optional.empty()));
    assertThat(Mention.parse("<t:1618953630:d>"))
        .isEqualTo(new TimestampMention(1618953630L, Optional.of(TimestampStyle.SHORT_DATE)));
    assertThat(Mention.parse("<id:customize>"))
        .isEqualTo(Mentions.guildNavigation(GuildNavigationType.CUSTOMIZE));
    assertThat(Mention.parse("<id:linked-roles:42>")).isEqualTo(Mentions.linkedRole(Id.of(42L)));
    assertThat(Mention.parse("@everyone")).isEqualTo(EveryoneMention.EVERYONE);
    assertThat(Mention.parse("@here")).isEqualTo(EveryoneMention.HERE);
  }

  @Test
  void everyTimestampStyleLetter() {
    for (TimestampStyle style : TimestampStyle.values()) {
      assertThat(TimestampMention.parse("<t:0:" + style.letter() + ">").style()).contains(style);
    }
  }

  @Test
  void timestampsAtTheEdges() {
    assertThat(TimestampMention.parse("<t:0>").unixSeconds()).isZero();
    assertThat(TimestampMention.parse("<t:-86400:D>").instant().toString())
        .isEqualTo("1969-12-31T00:00:00Z");
    assertThat(TimestampMention.parse("<t:31556889864403199>").unixSeconds())
        .isEqualTo(31556889864403199L);
  }

  @Test
  void idsAtTheEdges() {
    assertThat(UserMention.parse("<@1>").id()).isEqualTo(Id.of(1L));
    assertThat(UserMention.parse("<@18446744073709551615>").id()).isEqualTo(Id.of(-1L));
    assertThat(ChannelMention.parse("<#9223372036854775808>").id())
        .isEqualTo(Id.of(Long.MIN_VALUE));
  }

  @Test
  void typedParsersAcceptTheirKind() {
    assertThat(UserMention.parse("<@!5>").nicknameForm()).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                        | NOT_A_MENTION           | 0",
        "hello                     | NOT_A_MENTION           | 0",
        "' <@1>'                   | NOT_A_MENTION           | 0",
        "<                         | NOT_A_MENTION           | 0",
        "<x:1>                     | NOT_A_MENTION           | 1",
        "<b:name:1>                | NOT_A_MENTION           | 1",
        "@every                    | NOT_A_MENTION           | 0",
        "<@                        | UNCLOSED                | 2",
        "<@123                     | UNCLOSED                | 5",
        "<#123                     | UNCLOSED                | 5",
        "<:name:1                  | UNCLOSED                | 8",
        "<:name                    | UNCLOSED                | 6",
        "</foo bar                 | UNCLOSED                | 9",
        "<t:1                      | UNCLOSED                | 4",
        "<t:1:                     | UNCLOSED                | 5",
        "<t:1:R                    | UNCLOSED                | 6",
        "<id:browse                | UNCLOSED                | 10",
        "<@abc>                    | MALFORMED_ID            | 2",
        "<@>                       | MALFORMED_ID            | 2",
        "<@&>                      | MALFORMED_ID            | 3",
        "<@!x1>                    | MALFORMED_ID            | 3",
        "<@12a>                    | MALFORMED_ID            | 4",
        "<@+12>                    | MALFORMED_ID            | 2",
        "<@-12>                    | MALFORMED_ID            | 2",
        "<@012>                    | MALFORMED_ID            | 2",
        "<@1 >                     | MALFORMED_ID            | 3",
        "<#1.5>                    | MALFORMED_ID            | 3",
        "<:name:>                  | MALFORMED_ID            | 7",
        "</foo:bar>                | MALFORMED_ID            | 6",
        "<@0>                      | ID_OUT_OF_RANGE         | 2",
        "<#0>                      | ID_OUT_OF_RANGE         | 2",
        "<@18446744073709551616>   | ID_OUT_OF_RANGE         | 2",
        "<@99999999999999999999>   | ID_OUT_OF_RANGE         | 2",
        "<@123456789012345678901>  | ID_OUT_OF_RANGE         | 2",
        "<id:linked-roles:0>       | ID_OUT_OF_RANGE         | 17",
        "<::1>                     | MALFORMED_NAME          | 2",
        "<a::1>                    | MALFORMED_NAME          | 3",
        "<:bad-name:1>             | MALFORMED_NAME          | 5",
        "<:émoji:1>                | MALFORMED_NAME          | 2",
        "<:abcdefghijabcdefghijabcdefghijabc:1> | MALFORMED_NAME | 2",
        "</:1>                     | MALFORMED_NAME          | 2",
        "</Foo:1>                  | MALFORMED_NAME          | 2",
        "</foo  bar:1>             | MALFORMED_NAME          | 6",
        "</ foo:1>                 | MALFORMED_NAME          | 2",
        "</foo bar:1>x             | TRAILING_TEXT           | 12",
        "</a b c d:1>              | MALFORMED_NAME          | 2",
        "</foo>                    | MALFORMED_NAME          | 5",
        "</foo bar<@1>             | MALFORMED_NAME          | 9",
        "<t:>                      | MALFORMED_TIMESTAMP     | 3",
        "<t:abc>                   | MALFORMED_TIMESTAMP     | 3",
        "<t:->                     | MALFORMED_TIMESTAMP     | 4",
        "<t:-0>                    | MALFORMED_TIMESTAMP     | 4",
        "<t:007>                   | MALFORMED_TIMESTAMP     | 3",
        "<t:1.5>                   | MALFORMED_TIMESTAMP     | 4",
        "<t:31556889864403200>     | MALFORMED_TIMESTAMP     | 3",
        "<t:99999999999999999999>  | MALFORMED_TIMESTAMP     | 3",
        "<t:1:Z>                   | UNKNOWN_TIMESTAMP_STYLE | 5",
        "<t:1:>                    | UNKNOWN_TIMESTAMP_STYLE | 5",
        "<t:1:RR>                  | UNKNOWN_TIMESTAMP_STYLE | 6",
        "<t:1:r>                   | UNKNOWN_TIMESTAMP_STYLE | 5",
        "<id:home>                 | UNKNOWN_NAVIGATION_TYPE | 4",
        "<id:>                     | UNKNOWN_NAVIGATION_TYPE | 4",
        "<id:Browse>               | UNKNOWN_NAVIGATION_TYPE | 4",
        "<id:browse:1>             | UNKNOWN_NAVIGATION_TYPE | 10",
        "<id:guideX>               | UNKNOWN_NAVIGATION_TYPE | 9",
        "<@1><@2>                  | TRAILING_TEXT           | 4",
        "'<@1> '                   | TRAILING_TEXT           | 4",
        "@everyone!                | TRAILING_TEXT           | 9",
      })
  void malformedMarkupIsRejectedWithItsKindAndIndex(String text, Kind kind, int index) {
    assertThatThrownBy(() -> Mention.parse(text))
        .isInstanceOfSatisfying(
            MentionParseException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.index()).isEqualTo(index);
              assertThat(e.getMessage()).startsWith(kind + " at index " + index + " of \"");
            });
    assertThat(Mention.tryParse(text)).isEmpty();
  }

  @Test
  void typedParsersRefuseOtherKinds() {
    assertThatThrownBy(() -> UserMention.parse("<#1>"))
        .isInstanceOfSatisfying(
            MentionParseException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
              assertThat(e.index()).isZero();
              assertThat(e.getMessage())
                  .contains("expected a user mention, found a channel mention <#1>");
            });
    assertThat(UserMention.tryParse("<@&1>")).isEmpty();
    assertThat(RoleMention.tryParse("<@1>")).isEmpty();
    assertThat(ChannelMention.tryParse("<@1>")).isEmpty();
    assertThat(EmojiMention.tryParse("</a:1>")).isEmpty();
    assertThat(CommandMention.tryParse("<:a:1>")).isEmpty();
    assertThat(TimestampMention.tryParse("<id:guide>")).isEmpty();
    assertThat(GuildNavigationMention.tryParse("<t:1>")).isEmpty();
    assertThat(EveryoneMention.tryParse("<@1>")).isEmpty();
    assertThatThrownBy(() -> EveryoneMention.parse("<@1>"))
        .hasMessageContaining("expected @everyone or @here, found a user mention");
  }

  @Test
  void typedParsersReturnTheirKind() {
    assertThat(RoleMention.parse("<@&7>").id()).isEqualTo(Id.of(7L));
    assertThat(ChannelMention.tryParse("<#7>")).contains(new ChannelMention(Id.of(7L)));
    assertThat(EmojiMention.parse("<a:x:7>").animated()).isTrue();
    assertThat(CommandMention.parse("</a b c:7>").subcommandGroup()).contains("b");
    assertThat(GuildNavigationMention.parse("<id:guide>").type())
        .isEqualTo(GuildNavigationType.GUIDE);
    assertThat(EveryoneMention.parse("@here")).isEqualTo(EveryoneMention.HERE);
    assertThat(UserMention.tryParse("<@9>")).contains(Mentions.user(Id.of(9L)));
  }

  @Test
  void theMessageQuotesOnlyTheStartOfALongText() {
    String text = "<@1>" + "x".repeat(1000);
    assertThatThrownBy(() -> Mention.parse(text))
        .hasMessageContaining("x".repeat(60) + "\u2026\"")
        .hasMessageNotContaining("x".repeat(61));
  }

  @Test
  void nullTextIsRefused() {
    assertThatThrownBy(() -> Mention.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Mention.tryParse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theExceptionIsAnIllegalArgumentException() {
    assertThatThrownBy(() -> Mention.parse("<@x>")).isInstanceOf(IllegalArgumentException.class);
  }
}
