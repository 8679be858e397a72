package dev.gloam.validate.poll;

import dev.gloam.model.channel.message.poll.PollAnswer;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.util.List;

/**
 * Checks of a poll being created (resources/poll, "Poll Create Request Object"): a question of up
 * to 300 characters, 1 to 10 answers of up to 55 characters, open for 1 to 768 hours.
 */
public final class PollChecks {
  /** The most characters of the question. */
  public static final int QUESTION_MAX = 300;

  /** The fewest answers. */
  public static final int ANSWERS_MIN = 1;

  /** The most answers. */
  public static final int ANSWERS_MAX = 10;

  /** The most characters of an answer's text. */
  public static final int ANSWER_TEXT_MAX = 55;

  /** The shortest duration, in hours. */
  public static final int DURATION_MIN = 1;

  /** The longest duration, in hours (32 days). */
  public static final int DURATION_MAX = 768;

  private PollChecks() {}

  /**
   * Checks a poll.
   *
   * @param field the field's path, such as {@code poll}
   * @param poll the poll, or {@code null} if absent
   * @throws ValidationException if a part of the poll breaks its limit
   */
  public static void poll(String field, PollCreateRequest poll) {
    if (poll == null) {
      return;
    }
    Check.required(field + ".question", poll.question(), "a poll needs a question");
    Check.maxLength(field + ".question.text", poll.question().text().orElse(null), QUESTION_MAX);
    List<PollAnswer> answers = poll.answers();
    Check.required(field + ".answers", answers, "a poll needs answers");
    Check.count(field + ".answers", answers, ANSWERS_MIN, ANSWERS_MAX);
    for (int i = 0; i < answers.size(); i++) {
      Check.maxLength(
          field + ".answers[" + i + "].poll_media.text",
          answers.get(i).pollMedia().text().orElse(null),
          ANSWER_TEXT_MAX);
    }
    if (poll.duration().isPresent()) {
      Check.range(field + ".duration", poll.duration().get(), DURATION_MIN, DURATION_MAX);
    }
  }

  /**
   * Checks a poll in the {@code poll} field of a message.
   *
   * @param poll the poll, or {@code null} if absent
   * @throws ValidationException if a part of the poll breaks its limit
   */
  public static void poll(PollCreateRequest poll) {
    poll("poll", poll);
  }
}
