package dev.gloam.model.channel.message.embed;

import static dev.gloam.model.channel.message.MessagePayloads.assertWritesBack;
import static dev.gloam.model.channel.message.MessagePayloads.load;
import static dev.gloam.model.channel.message.MessagePayloads.roundTrip;
import static dev.gloam.model.channel.message.MessagePayloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbedTest {
  @Test
  void embedsOfSeveralTypesAreRead() {
    List<Embed> embeds = roundTrip(load("showcase.json"), Message.class).embeds();

    Embed rich = embeds.get(0);
    assertThat(rich.type()).contains(EmbedType.RICH);
    assertThat(rich.title()).contains("Launch day");
    assertThat(rich.timestamp()).contains(Instant.parse("2026-11-28T09:00:00Z"));
    assertThat(rich.color()).contains(0x5865F2);
    assertThat(rich.footer().orElseThrow().text()).isEqualTo("gloam news");
    assertThat(rich.footer().orElseThrow().proxyIconUrl()).isPresent();
    EmbedImage image = rich.image().orElseThrow();
    assertThat(image.url()).isEqualTo("attachment://banner.png");
    assertThat(image.width()).contains(900);
    assertThat(image.placeholderVersion()).contains(1);
    assertThat(image.description()).contains("the launch banner");
    assertThat(image.flags()).contains(EmbedMediaFlags.NONE);
    assertThat(rich.thumbnail().orElseThrow().flags()).contains(EmbedMediaFlags.IS_ANIMATED);
    assertThat(rich.author().orElseThrow().name()).isEqualTo("gloam");
    assertThat(rich.fields().orElseThrow())
        .containsExactly(
            new EmbedField("When", "Today", Optional.of(true)),
            new EmbedField("Where", "Everywhere", Optional.empty()));
    assertThat(rich.flags()).contains(EmbedFlags.IS_CONTENT_INVENTORY_ENTRY);
    assertThat(rich.provider()).isEmpty();

    Embed gif = embeds.get(1);
    assertThat(gif.type()).contains(EmbedType.GIFV);
    assertThat(gif.provider().orElseThrow().name()).contains("Tenor");
    EmbedVideo video = gif.video().orElseThrow();
    assertThat(video.contentType()).contains("video/mp4");
    assertThat(video.height()).contains(280);
    assertThat(gif.thumbnail().orElseThrow().proxyUrl()).isEmpty();

    Embed article = embeds.get(2);
    assertThat(article.type()).contains(EmbedType.ARTICLE);
    assertThat(article.provider().orElseThrow().url()).isEmpty();

    Embed future = embeds.get(3);
    assertThat(future.type().orElseThrow().isKnown()).isFalse();
    assertThat(future.type().orElseThrow().value()).isEqualTo("hologram");
    assertThat(tree(ModelJson.write(future)).get("type").asString()).isEqualTo("hologram");
  }

  @Test
  void pollResultEmbedCarriesItsDataInFields() {
    String json =
        """
        {"type":"poll_result","fields":[
          {"name":"poll_question_text","value":"Pineapple on pizza?","inline":false},
          {"name":"victor_answer_votes","value":"17","inline":false},
          {"name":"total_votes","value":"26","inline":false},
          {"name":"victor_answer_id","value":"1","inline":false},
          {"name":"victor_answer_text","value":"Yes","inline":false},
          {"name":"victor_answer_emoji_name","value":"🍍","inline":false}
        ]}
        """;
    Embed embed = roundTrip(json, Embed.class);
    assertThat(embed.type()).contains(EmbedType.POLL_RESULT);
    assertThat(embed.fieldValue(PollResultField.POLL_QUESTION_TEXT))
        .contains("Pineapple on pizza?");
    assertThat(embed.fieldValue(PollResultField.TOTAL_VOTES)).contains("26");
    assertThat(embed.fieldValue(PollResultField.VICTOR_ANSWER_EMOJI_NAME)).contains("🍍");
    assertThat(embed.fieldValue(PollResultField.VICTOR_ANSWER_EMOJI_ID)).isEmpty();
    assertThat(PollResultField.of("victor_answer_votes"))
        .isSameAs(PollResultField.VICTOR_ANSWER_VOTES);
    assertWritesBack(json, embed);
  }

  @Test
  void aRequestEmbedWritesOnlyWhatIsSet() {
    String json = "{\"title\":\"Hello, Embed!\",\"description\":\"This is an embedded message.\"}";
    Embed embed = roundTrip(json, Embed.class);
    assertThat(embed.type()).isEmpty();
    assertThat(embed.fields()).isEmpty();
    assertThat(embed.fieldValue("anything")).isEmpty();
    assertThat(ModelJson.write(embed)).isEqualTo(json);
  }

  @Test
  void unknownEmbedFlagBitsAreKept() {
    Embed embed = roundTrip("{\"flags\":1056,\"image\":{\"url\":\"u\",\"flags\":96}}", Embed.class);
    assertThat(embed.flags().orElseThrow().contains(EmbedFlags.IS_CONTENT_INVENTORY_ENTRY))
        .isTrue();
    assertThat(embed.flags().orElseThrow().bits()).isEqualTo(1056);
    assertThat(embed.image().orElseThrow().flags().orElseThrow().toString())
        .isEqualTo("EmbedMediaFlags[IS_ANIMATED, 0x40]");
    assertThat(ModelJson.write(embed))
        .isEqualTo("{\"image\":{\"url\":\"u\",\"flags\":96},\"flags\":1056}");
  }
}
