package dev.gloam.validate.poll;

import static dev.gloam.validate.message.MessageChecksTest.fails;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollChecksTest {
  private static PollCreateRequest withDuration(int hours) {
    PollCreateRequest poll = PollCreateRequest.of("q", "a");
    return new PollCreateRequest(
        poll.question(), poll.answers(), Optional.of(hours), Optional.empty(), Optional.empty());
  }

  @Test
  void question() {
    assertThatCode(() -> PollChecks.poll(PollCreateRequest.of("q".repeat(300), "a")))
        .doesNotThrowAnyException();
    fails(
        () -> PollChecks.poll(PollCreateRequest.of("q".repeat(301), "a")),
        "poll.question.text",
        Rule.TOO_LONG);
  }

  @Test
  void answers() {
    String[] ten = Collections.nCopies(10, "a").toArray(String[]::new);
    String[] eleven = Collections.nCopies(11, "a").toArray(String[]::new);
    assertThatCode(() -> PollChecks.poll(PollCreateRequest.of("q", ten)))
        .doesNotThrowAnyException();
    fails(() -> PollChecks.poll(PollCreateRequest.of("q", eleven)), "poll.answers", Rule.TOO_MANY);
    fails(() -> PollChecks.poll(PollCreateRequest.of("q")), "poll.answers", Rule.TOO_FEW);
    assertThatCode(() -> PollChecks.poll(PollCreateRequest.of("q", "a".repeat(55))))
        .doesNotThrowAnyException();
    fails(
        () -> PollChecks.poll(PollCreateRequest.of("q", "a".repeat(56))),
        "poll.answers[0].poll_media.text",
        Rule.TOO_LONG);
  }

  @Test
  void duration() {
    assertThatCode(() -> PollChecks.poll(withDuration(1))).doesNotThrowAnyException();
    assertThatCode(() -> PollChecks.poll(withDuration(768))).doesNotThrowAnyException();
    fails(() -> PollChecks.poll(withDuration(0)), "poll.duration", Rule.OUT_OF_RANGE);
    fails(() -> PollChecks.poll(withDuration(769)), "poll.duration", Rule.OUT_OF_RANGE);
  }
}
