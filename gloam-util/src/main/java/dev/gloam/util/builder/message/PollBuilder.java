package dev.gloam.util.builder.message;

import dev.gloam.model.channel.message.poll.PollAnswer;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.model.channel.message.poll.PollLayoutType;
import dev.gloam.model.channel.message.poll.PollMedia;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.validate.poll.PollChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a poll to send with a message (resources/poll, "Poll Create Request Object"): a question
 * of up to 300 characters, 1 to 10 answers of up to 55 characters with an optional emoji, open for
 * 1 to 768 hours (Discord's default is 24).
 *
 * <pre>{@code
 * PollCreateRequest lunch = new PollBuilder("Lunch?")
 *     .answer("Pizza", pizzaEmoji)
 *     .answer("Salad")
 *     .duration(4)
 *     .allowMultiselect(true)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class PollBuilder {
  private final String question;
  private final List<PollAnswer> answers = new ArrayList<>();
  private Integer duration;
  private Boolean allowMultiselect;
  private PollLayoutType layoutType;

  /**
   * Starts a poll.
   *
   * @param question the question, up to 300 characters
   */
  public PollBuilder(String question) {
    this.question = Objects.requireNonNull(question, "question");
  }

  /**
   * Adds an answer with only a text.
   *
   * @param text the text, up to 55 characters
   * @return this builder
   */
  public PollBuilder answer(String text) {
    answers.add(PollAnswer.of(Objects.requireNonNull(text, "text")));
    return this;
  }

  /**
   * Adds an answer with a text and an emoji.
   *
   * @param text the text, up to 55 characters
   * @param emoji the emoji: for a custom one its {@code id} is enough, for a unicode one its {@code
   *     name}
   * @return this builder
   */
  public PollBuilder answer(String text, Emoji emoji) {
    answers.add(
        new PollAnswer(
            Optional.empty(),
            new PollMedia(
                Optional.of(Objects.requireNonNull(text, "text")),
                Optional.of(Objects.requireNonNull(emoji, "emoji")))));
    return this;
  }

  /**
   * Sets how many hours the poll stays open.
   *
   * @param duration the hours, 1 to 768 (32 days)
   * @return this builder
   */
  public PollBuilder duration(int duration) {
    this.duration = duration;
    return this;
  }

  /**
   * Sets whether a user may choose several answers; Discord's default is no.
   *
   * @param allowMultiselect whether several answers may be chosen
   * @return this builder
   */
  public PollBuilder allowMultiselect(boolean allowMultiselect) {
    this.allowMultiselect = allowMultiselect;
    return this;
  }

  /**
   * Sets how the poll is laid out; Discord's default is {@link PollLayoutType#DEFAULT}.
   *
   * @param layoutType the layout
   * @return this builder
   */
  public PollBuilder layoutType(PollLayoutType layoutType) {
    this.layoutType = layoutType;
    return this;
  }

  /**
   * Builds the poll and checks it with {@link PollChecks#poll(String, PollCreateRequest)}.
   *
   * @return the poll
   * @throws dev.gloam.validate.ValidationException if a field breaks a limit, with a path such as
   *     {@code poll.answers[3].poll_media.text}
   */
  public PollCreateRequest build() {
    PollCreateRequest poll =
        new PollCreateRequest(
            PollMedia.text(question),
            List.copyOf(answers),
            Optional.ofNullable(duration),
            Optional.ofNullable(allowMultiselect),
            Optional.ofNullable(layoutType));
    PollChecks.poll("poll", poll);
    return poll;
  }
}
