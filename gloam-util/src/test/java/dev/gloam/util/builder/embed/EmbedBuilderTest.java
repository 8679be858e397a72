package dev.gloam.util.builder.embed;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.embed.EmbedAuthor;
import dev.gloam.model.channel.message.embed.EmbedField;
import dev.gloam.model.channel.message.embed.EmbedFooter;
import dev.gloam.model.channel.message.embed.EmbedImage;
import dev.gloam.validate.ValidationException.Rule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Embeds built field by field, as resources/message "Embed Object" lays them out. */
class EmbedBuilderTest {
  private static EmbedImage image(String url) {
    return new EmbedImage(
        url,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void buildsEveryFieldASenderSets() {
    Embed embed =
        new EmbedBuilder()
            .title("Deploy finished")
            .description("All **green**.")
            .url("https://ci.example.com/runs/42")
            .timestamp(Instant.parse("2026-03-01T12:30:00Z"))
            .color(87, 242, 135)
            .footer("ci", ImageSource.url("https://example.com/ci.png"))
            .image(ImageSource.attachment("chart.png"))
            .thumbnail(ImageSource.url("https://example.com/thumb.webp"))
            .author("gloam", ImageSource.attachment("logo.gif"))
            .authorUrl("https://gloam.dev")
            .field("Version", "1.4.2")
            .inlineField("Took", "42 s")
            .field("Tests", "1021", true)
            .build();
    Embed expected =
        new Embed(
            Optional.of("Deploy finished"),
            Optional.empty(),
            Optional.of("All **green**."),
            Optional.of("https://ci.example.com/runs/42"),
            Optional.of(Instant.parse("2026-03-01T12:30:00Z")),
            Optional.of(0x57F287),
            Optional.of(
                new EmbedFooter("ci", Optional.of("https://example.com/ci.png"), Optional.empty())),
            Optional.of(image("attachment://chart.png")),
            Optional.of(image("https://example.com/thumb.webp")),
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                new EmbedAuthor(
                    "gloam",
                    Optional.of("https://gloam.dev"),
                    Optional.of("attachment://logo.gif"),
                    Optional.empty())),
            Optional.of(
                List.of(
                    new EmbedField("Version", "1.4.2", Optional.empty()),
                    new EmbedField("Took", "42 s", Optional.of(true)),
                    new EmbedField("Tests", "1021", Optional.of(true)))),
            Optional.empty());
    assertThat(embed).isEqualTo(expected);
    assertJson(
        embed,
        Embed.class,
        """
        {"title":"Deploy finished","description":"All **green**.",
         "url":"https://ci.example.com/runs/42","timestamp":"2026-03-01T12:30:00Z",
         "color":5763719,
         "footer":{"text":"ci","icon_url":"https://example.com/ci.png"},
         "image":{"url":"attachment://chart.png"},
         "thumbnail":{"url":"https://example.com/thumb.webp"},
         "author":{"name":"gloam","url":"https://gloam.dev","icon_url":"attachment://logo.gif"},
         "fields":[{"name":"Version","value":"1.4.2"},
                   {"name":"Took","value":"42 s","inline":true},
                   {"name":"Tests","value":"1021","inline":true}]}
        """);
  }

  @Test
  void anEmptyBuilderGivesAnEmptyEmbedAndFieldsStayOut() {
    Embed embed = new EmbedBuilder().description("only text").build();
    assertJson(embed, Embed.class, "{\"description\":\"only text\"}");
    assertJson(
        new EmbedBuilder().footer("f").author("a").build(),
        Embed.class,
        "{\"footer\":{\"text\":\"f\"},\"author\":{\"name\":\"a\"}}");
  }

  @Test
  void setterAfterBuildChangesOnlyLaterEmbeds() {
    EmbedBuilder builder = new EmbedBuilder().field("a", "1");
    Embed first = builder.build();
    Embed second = builder.field("b", "2").build();
    assertThat(first.fields().orElseThrow()).hasSize(1);
    assertThat(second.fields().orElseThrow()).hasSize(2);
  }

  @Test
  void limitsAreCheckedWhenSet() {
    new EmbedBuilder().title("t".repeat(256)).description("d".repeat(4096));
    fails(() -> new EmbedBuilder().title("t".repeat(257)), "title", Rule.TOO_LONG);
    fails(() -> new EmbedBuilder().title(null), "title", Rule.MISSING);
    fails(() -> new EmbedBuilder().description("d".repeat(4097)), "description", Rule.TOO_LONG);
    fails(() -> new EmbedBuilder().footer("f".repeat(2049)), "footer.text", Rule.TOO_LONG);
    fails(() -> new EmbedBuilder().author("a".repeat(257)), "author.name", Rule.TOO_LONG);
    fails(() -> new EmbedBuilder().color(0x1000000), "color", Rule.OUT_OF_RANGE);
    fails(() -> new EmbedBuilder().color(-1), "color", Rule.OUT_OF_RANGE);
    fails(() -> new EmbedBuilder().color(0, 256, 0), "color.green", Rule.OUT_OF_RANGE);
    fails(() -> new EmbedBuilder().authorUrl("ftp://gloam.dev"), "author.url", Rule.MALFORMED);
    fails(() -> new EmbedBuilder().image(null), "image.url", Rule.MISSING);
    fails(() -> new EmbedBuilder().field("", "v"), "fields[0].name", Rule.TOO_SHORT);
    fails(
        () -> new EmbedBuilder().field("n", "v").field("n", "v".repeat(1025)),
        "fields[1].value",
        Rule.TOO_LONG);
    EmbedBuilder full = new EmbedBuilder();
    for (int i = 0; i < 25; i++) {
      full.field("n" + i, "v");
    }
    fails(() -> full.field("n", "v"), "fields", Rule.TOO_MANY);
  }

  @Test
  void buildRefusesAnAuthorUrlWithoutName() {
    fails(
        () -> new EmbedBuilder().authorUrl("https://gloam.dev").build(),
        "author.name",
        Rule.MISSING);
  }

  @Test
  void oneEmbedCanReachTheTotalOnItsOwn() {
    EmbedBuilder builder = new EmbedBuilder().description("d".repeat(4096));
    builder.field("n", "v".repeat(1024)).field("n", "v".repeat(878));
    assertThat(Embeds.length(builder.build())).isEqualTo(6000);
    builder.field("n", "v");
    fails(builder::build, "embed", Rule.TOO_LONG);
  }
}
