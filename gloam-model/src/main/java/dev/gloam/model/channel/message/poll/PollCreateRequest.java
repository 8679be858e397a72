package dev.gloam.model.channel.message.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A poll to create with a message. Maps Discord's "Poll Create Request Object" (resources/poll):
 * like a {@link Poll}, but with a duration instead of an expiry and without results.
 *
 * @param question the question; only its text is used (up to 300 characters)
 * @param answers the answers, up to 10, without {@code answer_id}
 * @param duration how many hours the poll stays open, up to 32 days (Discord's default is 24)
 * @param allowMultiselect whether a user may choose several answers (default {@code false})
 * @param layoutType how the poll is laid out (default {@link PollLayoutType#DEFAULT})
 */
public record PollCreateRequest(
    PollMedia question,
    List<PollAnswer> answers,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> duration,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> allowMultiselect,
    @JsonInclude(Include.NON_ABSENT) Optional<PollLayoutType> layoutType) {

  /**
   * Creates a request with Discord's defaults for everything but the question and answers.
   *
   * @param question the question's text
   * @param answers the answers' texts
   * @return the request
   */
  public static PollCreateRequest of(String question, String... answers) {
    return new PollCreateRequest(
        PollMedia.text(question),
        Arrays.stream(answers).map(PollAnswer::of).toList(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
