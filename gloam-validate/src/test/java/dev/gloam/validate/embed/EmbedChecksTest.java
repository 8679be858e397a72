package dev.gloam.validate.embed;

import static dev.gloam.validate.message.MessageChecksTest.fails;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.embed.EmbedAuthor;
import dev.gloam.model.channel.message.embed.EmbedField;
import dev.gloam.model.channel.message.embed.EmbedFooter;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbedChecksTest {
  private static Embed embed(
      String title, String description, List<EmbedField> fields, String footer, String author) {
    return new Embed(
        Optional.ofNullable(title),
        Optional.empty(),
        Optional.ofNullable(description),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(footer)
            .map(t -> new EmbedFooter(t, Optional.empty(), Optional.empty())),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.ofNullable(author)
            .map(n -> new EmbedAuthor(n, Optional.empty(), Optional.empty(), Optional.empty())),
        Optional.ofNullable(fields),
        Optional.empty());
  }

  private static void ok(Embed embed) {
    assertThatCode(() -> EmbedChecks.embeds(List.of(embed))).doesNotThrowAnyException();
  }

  private static EmbedField field(String name, String value) {
    return new EmbedField(name, value, Optional.empty());
  }

  @Test
  void perFieldLimits() {
    ok(embed("t".repeat(256), "d".repeat(4096), null, "f".repeat(1024), "a".repeat(256)));
    fails(
        () -> EmbedChecks.embeds(List.of(embed("t".repeat(257), null, null, null, null))),
        "embeds[0].title",
        Rule.TOO_LONG);
    fails(
        () -> EmbedChecks.embeds(List.of(embed(null, "d".repeat(4097), null, null, null))),
        "embeds[0].description",
        Rule.TOO_LONG);
    ok(embed(null, null, null, "f".repeat(2048), null));
    fails(
        () -> EmbedChecks.embeds(List.of(embed(null, null, null, "f".repeat(2049), null))),
        "embeds[0].footer.text",
        Rule.TOO_LONG);
    fails(
        () -> EmbedChecks.embeds(List.of(embed(null, null, null, null, "a".repeat(257)))),
        "embeds[0].author.name",
        Rule.TOO_LONG);
  }

  @Test
  void fields() {
    ok(embed(null, null, Collections.nCopies(25, field("n", "v")), null, null));
    fails(
        () ->
            EmbedChecks.embeds(
                List.of(embed(null, null, Collections.nCopies(26, field("n", "v")), null, null))),
        "embeds[0].fields",
        Rule.TOO_MANY);
    ok(embed(null, null, List.of(field("n".repeat(256), "v".repeat(1024))), null, null));
    fails(
        () ->
            EmbedChecks.embeds(
                List.of(embed(null, null, List.of(field("n".repeat(257), "v")), null, null))),
        "embeds[0].fields[0].name",
        Rule.TOO_LONG);
    fails(
        () ->
            EmbedChecks.embeds(
                List.of(embed(null, null, List.of(field("n", "v".repeat(1025))), null, null))),
        "embeds[0].fields[0].value",
        Rule.TOO_LONG);
  }

  @Test
  void countAndTotal() {
    Embed small = embed("t", null, null, null, null);
    assertThatCode(() -> EmbedChecks.embeds(Collections.nCopies(10, small)))
        .doesNotThrowAnyException();
    fails(() -> EmbedChecks.embeds(Collections.nCopies(11, small)), "embeds", Rule.TOO_MANY);
    Embed fifteenHundred = embed(null, "d".repeat(1500), null, null, null);
    assertThatCode(() -> EmbedChecks.embeds(Collections.nCopies(4, fifteenHundred)))
        .doesNotThrowAnyException();
    fails(
        () ->
            EmbedChecks.embeds(
                List.of(
                    fifteenHundred,
                    fifteenHundred,
                    fifteenHundred,
                    fifteenHundred,
                    embed("t", null, null, null, null))),
        "embeds",
        Rule.TOO_LONG);
  }
}
