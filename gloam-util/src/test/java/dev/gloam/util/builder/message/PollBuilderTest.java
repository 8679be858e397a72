package dev.gloam.util.builder.message;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.poll.PollAnswer;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.model.channel.message.poll.PollLayoutType;
import dev.gloam.model.channel.message.poll.PollMedia;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Polls as resources/poll, "Poll Create Request Object", describes them. */
class PollBuilderTest {
  static Emoji unicode(String name) {
    return new Emoji(
        Optional.empty(),
        Optional.of(name),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static Emoji custom(long id) {
    return new Emoji(
        Optional.of(Id.of(id)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void aPlainPollIsExactlyTheModelObject() {
    assertThat(new PollBuilder("Lunch?").answer("Pizza").answer("Salad").build())
        .isEqualTo(PollCreateRequest.of("Lunch?", "Pizza", "Salad"));
  }

  @Test
  void everySetting() {
    PollCreateRequest poll =
        new PollBuilder("Lunch?")
            .answer("Pizza", unicode("\uD83C\uDF55"))
            .answer("Ramen", custom(41_771_983_429_993_937L))
            .answer("Salad")
            .duration(4)
            .allowMultiselect(true)
            .layoutType(PollLayoutType.DEFAULT)
            .build();
    assertThat(poll.answers().get(0))
        .isEqualTo(
            new PollAnswer(
                Optional.empty(),
                new PollMedia(Optional.of("Pizza"), Optional.of(unicode("\uD83C\uDF55")))));
    assertJson(
        poll,
        PollCreateRequest.class,
        """
        {"question": {"text": "Lunch?"},
         "answers": [
           {"poll_media": {"text": "Pizza", "emoji": {"id": null, "name": "\uD83C\uDF55"}}},
           {"poll_media": {"text": "Ramen", "emoji": {"id": "41771983429993937", "name": null}}},
           {"poll_media": {"text": "Salad"}}],
         "duration": 4, "allow_multiselect": true, "layout_type": 1}
        """);
  }

  @Test
  void limits() {
    fails(() -> new PollBuilder("?").build(), "poll.answers", Rule.TOO_FEW);
    fails(
        () -> new PollBuilder("q".repeat(301)).answer("a").build(),
        "poll.question.text",
        Rule.TOO_LONG);
    PollBuilder eleven = new PollBuilder("Pick");
    for (int i = 0; i < 11; i++) {
      eleven.answer("a" + i);
    }
    fails(eleven::build, "poll.answers", Rule.TOO_MANY);
    fails(
        () -> new PollBuilder("Pick").answer("ok").answer("a".repeat(56)).build(),
        "poll.answers[1].poll_media.text",
        Rule.TOO_LONG);
    fails(
        () -> new PollBuilder("Pick").answer("a").duration(0).build(),
        "poll.duration",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new PollBuilder("Pick").answer("a").duration(769).build(),
        "poll.duration",
        Rule.OUT_OF_RANGE);
    List<Integer> edges = List.of(1, 768);
    for (int hours : edges) {
      assertThat(new PollBuilder("Pick").answer("a").duration(hours).build().duration())
          .hasValue(hours);
    }
  }
}
