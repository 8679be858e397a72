package dev.gloam.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gloam.model.id.Id;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding every mention in a text, with UTF-16 positions. */
class MentionScannerTest {

  @Test
  void findsEveryKindInMixedTextWithPositions() {
    String text =
        "Hi <@1>, see <#2> and ping <@&3> <:lol:4> </help:5> at <t:6:R> via <id:browse>, @here!";
    List<FoundMention<Mention>> found = MentionScanner.scan(text).toList();

    assertThat(found)
        .extracting(f -> f.mention().format(), FoundMention::start, FoundMention::end)
        .containsExactly(
            tuple("<@1>", 3, 7),
            tuple("<#2>", 13, 17),
            tuple("<@&3>", 27, 32),
            tuple("<:lol:4>", 33, 41),
            tuple("</help:5>", 42, 51),
            tuple("<t:6:R>", 55, 62),
            tuple("<id:browse>", 67, 78),
            tuple("@here", 80, 85));
    for (FoundMention<Mention> f : found) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.mention().format());
      assertThat(f.length()).isEqualTo(f.mention().format().length());
    }
  }

  @Test
  void positionsAreUtf16CharIndexes() {
    // "🪴" is one code point but two chars; "é" is one char; the CJK characters are one each.
    String text = "🪴é日本 <@42>";
    FoundMention<Mention> found = MentionScanner.find(text, 0).orElseThrow();

    assertThat(found.start()).isEqualTo(6);
    assertThat(text.codePointCount(0, found.start())).isEqualTo(5);
    assertThat(text.substring(found.start(), found.end())).isEqualTo("<@42>");
  }

  @Test
  void adjacentMentionsAreAllFound() {
    assertThat(MentionScanner.scan("<@1><@!2><#3><@&4>@everyone@here<t:5>"))
        .extracting(FoundMention::mention)
        .containsExactly(
            Mentions.user(Id.of(1L)),
            Mentions.nickname(Id.of(2L)),
            Mentions.channel(Id.of(3L)),
            Mentions.role(Id.of(4L)),
            EveryoneMention.EVERYONE,
            EveryoneMention.HERE,
            TimestampMention.parse("<t:5>"));
  }

  @Test
  void malformedMarkupIsSkippedAndScanningGoesOn() {
    String text = "<@abc> <@> <@0> <t:1:Z> <id:home> </:1> <@99999999999999999999> <@12<@34> <@56";

    assertThat(MentionScanner.scan(text))
        .extracting(f -> f.mention().format(), FoundMention::start)
        .containsExactly(tuple("<@34>", text.indexOf("<@34>")));
  }

  @Test
  void angleBracketsAroundAMentionDoNotHideIt() {
    assertThat(MentionScanner.scan("<<@1>> <:a<:b:2>"))
        .extracting(f -> f.mention().format(), FoundMention::start)
        .containsExactly(tuple("<@1>", 1), tuple("<:b:2>", 10));
  }

  @Test
  void markdownIsNotInterpreted() {
    String text = "`<@1>` and ```\n<#2>\n``` and \\<@&3>";

    assertThat(MentionScanner.scan(text))
        .extracting(f -> f.mention().format())
        .containsExactly("<@1>", "<#2>", "<@&3>");
  }

  @Test
  void everyoneAndHereAreFoundInsideWords() {
    assertThat(MentionScanner.scan("mail@everyone.example @hereafter @every @her"))
        .extracting(FoundMention::mention, FoundMention::start)
        .containsExactly(tuple(EveryoneMention.EVERYONE, 4), tuple(EveryoneMention.HERE, 22));
  }

  @Test
  void filtersByKind() {
    String text = "<@1> <#2> <@!3> <@&4> @everyone <a:x:5>";

    assertThat(MentionScanner.scan(text, UserMention.class))
        .extracting(f -> f.mention().id().value(), FoundMention::start)
        .containsExactly(tuple(1L, 0), tuple(3L, 10));
    assertThat(MentionScanner.scan(text, EmojiMention.class))
        .singleElement()
        .satisfies(f -> assertThat(f.mention().animated()).isTrue());
    assertThat(MentionScanner.scan(text, Mention.class)).hasSize(6);
    assertThat(MentionScanner.scan(text, TimestampMention.class)).isEmpty();
  }

  @Test
  void findGoesOnFromAnIndex() {
    String text = "<@1> <@2>";
    FoundMention<Mention> first = MentionScanner.find(text, 0).orElseThrow();
    FoundMention<Mention> second = MentionScanner.find(text, first.end()).orElseThrow();

    assertThat(second.mention()).isEqualTo(Mentions.user(Id.of(2L)));
    assertThat(MentionScanner.find(text, 1)).contains(second);
    assertThat(MentionScanner.find(text, second.end())).isEmpty();
    assertThat(MentionScanner.find(text, text.length())).isEmpty();
    assertThatThrownBy(() -> MentionScanner.find(text, -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> MentionScanner.find(text, text.length() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void textWithoutMentions() {
    assertThat(MentionScanner.scan("")).isEmpty();
    assertThat(MentionScanner.scan("a < b and c > d, mail me @ home")).isEmpty();
  }

  @Test
  void anyCharSequenceCanBeScanned() {
    StringBuilder text = new StringBuilder("x <#7>");
    assertThat(MentionScanner.scan(text))
        .extracting(FoundMention::mention)
        .containsExactly(Mentions.channel(Id.of(7L)));
  }

  @Test
  void aLongHostileTextIsScannedToTheEnd() {
    // Openings that never close, and a long run of digits: each is given up after a bounded look.
    String text =
        "<@1".repeat(20_000) + "</" + "a".repeat(50_000) + "<t:" + "9".repeat(50_000) + " <@1>";
    assertThat(MentionScanner.scan(text))
        .singleElement()
        .satisfies(f -> assertThat(f.end()).isEqualTo(text.length()));
  }

  @Test
  void foundMentionsCheckTheirSpan() {
    UserMention mention = Mentions.user(Id.of(1L));
    assertThatThrownBy(() -> new FoundMention<>(mention, -1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FoundMention<>(mention, 3, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FoundMention<>(null, 0, 3))
        .isInstanceOf(NullPointerException.class);
  }
}
