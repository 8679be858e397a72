package dev.gloam.model.channel.message.poll;

import static dev.gloam.model.channel.message.MessagePayloads.assertWritesBack;
import static dev.gloam.model.channel.message.MessagePayloads.load;
import static dev.gloam.model.channel.message.MessagePayloads.roundTrip;
import static dev.gloam.model.channel.message.MessagePayloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PollTest {
  @Test
  void pollWithResultsIsRead() {
    Poll poll = roundTrip(load("showcase.json"), Message.class).poll().orElseThrow();
    assertThat(poll.question().text()).contains("Pineapple on pizza?");
    assertThat(poll.question().emoji()).isEmpty();
    assertThat(poll.expiry()).contains(Instant.parse("2026-11-29T10:00:00Z"));
    assertThat(poll.allowMultiselect()).isFalse();
    assertThat(poll.layoutType()).isEqualTo(PollLayoutType.DEFAULT);

    PollAnswer yes = poll.answers().get(0);
    assertThat(yes.answerId()).contains(1);
    assertThat(yes.pollMedia().emoji().orElseThrow().name()).contains("🍍");
    assertThat(poll.answers().get(1).pollMedia().emoji().orElseThrow().id())
        .contains(Id.of(41771983429993938L));
    assertThat(poll.answers().get(2).pollMedia().emoji()).isEmpty();

    PollResults results = poll.results().orElseThrow();
    assertThat(results.isFinalized()).isFalse();
    assertThat(results.answerCounts())
        .containsExactly(new PollAnswerCount(1, 17, true), new PollAnswerCount(2, 9, false));
  }

  @Test
  void nullExpiryAndAbsentResultsAndAnUnknownLayout() {
    String json =
        "{\"question\":{\"text\":\"?\"},\"answers\":[],\"expiry\":null,"
            + "\"allow_multiselect\":true,\"layout_type\":2}";
    Poll poll = roundTrip(json, Poll.class);
    assertThat(poll.expiry()).isEmpty();
    assertThat(poll.results()).isEmpty();
    assertThat(poll.layoutType().isKnown()).isFalse();
    JsonNode written = tree(ModelJson.write(poll));
    assertThat(written.get("expiry").isNull()).isTrue();
    assertThat(written.has("results")).isFalse();
    assertThat(written.get("layout_type").asInt()).isEqualTo(2);
    assertWritesBack(json, poll);
  }

  @Test
  void createRequestsCarryADurationAndNoAnswerIds() {
    PollCreateRequest simple = PollCreateRequest.of("Tea or coffee?", "Tea", "Coffee");
    assertThat(ModelJson.write(simple))
        .isEqualTo(
            "{\"question\":{\"text\":\"Tea or coffee?\"},\"answers\":["
                + "{\"poll_media\":{\"text\":\"Tea\"}},{\"poll_media\":{\"text\":\"Coffee\"}}]}");

    String json =
        "{\"question\":{\"text\":\"Best fruit?\"},\"answers\":["
            + "{\"poll_media\":{\"text\":\"Pineapple\",\"emoji\":{\"id\":null,\"name\":\"🍍\"}}},"
            + "{\"poll_media\":{\"text\":\"Custom\",\"emoji\":{\"id\":\"18446744073709551615\","
            + "\"name\":null}}}],"
            + "\"duration\":48,\"allow_multiselect\":true,\"layout_type\":1}";
    PollCreateRequest request = roundTrip(json, PollCreateRequest.class);
    assertThat(request.duration()).contains(48);
    assertThat(request.layoutType()).contains(PollLayoutType.DEFAULT);
    assertThat(request.answers()).allSatisfy(a -> assertThat(a.answerId()).isEmpty());
    assertWritesBack(json, request);
  }

  @Test
  void answerVotersArePagedUsers() {
    String json =
        "{\"users\":[{\"id\":\"18446744073709551615\",\"username\":\"voter\","
            + "\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null}]}";
    PollAnswerVoters voters = roundTrip(json, PollAnswerVoters.class);
    assertThat(voters.users())
        .singleElement()
        .satisfies(u -> assertThat(u.id().value()).isEqualTo(-1L));
    assertWritesBack(json, voters);
    assertThat(PollAnswer.of("x")).isEqualTo(new PollAnswer(Optional.empty(), PollMedia.text("x")));
    assertThat(List.of(PollLayoutType.of(1))).containsExactly(PollLayoutType.DEFAULT);
  }
}
