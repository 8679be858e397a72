package dev.gloam.model.channel.message.embed;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.value.StringEnum;
import dev.gloam.model.value.StringEnumRegistry;

/**
 * The name of a field of a {@link EmbedType#POLL_RESULT poll result} embed. Maps Discord's "Poll
 * Result Embed Fields" table (resources/message).
 *
 * <p>An open enum: strings Discord adds later parse to an unnamed instance that keeps the string.
 */
public final class PollResultField extends StringEnum {
  private static final StringEnumRegistry<PollResultField> VALUES =
      new StringEnumRegistry<>(value -> new PollResultField(value, false));

  /** The question of the poll ({@code "poll_question_text"}). */
  public static final PollResultField POLL_QUESTION_TEXT =
      VALUES.register(new PollResultField("poll_question_text", true));

  /** The number of votes of the leading answer or answers ({@code "victor_answer_votes"}). */
  public static final PollResultField VICTOR_ANSWER_VOTES =
      VALUES.register(new PollResultField("victor_answer_votes", true));

  /** The number of votes cast in the poll ({@code "total_votes"}). */
  public static final PollResultField TOTAL_VOTES =
      VALUES.register(new PollResultField("total_votes", true));

  /** The id of the winning answer, if there is one ({@code "victor_answer_id"}). */
  public static final PollResultField VICTOR_ANSWER_ID =
      VALUES.register(new PollResultField("victor_answer_id", true));

  /** The text of the winning answer, if there is one ({@code "victor_answer_text"}). */
  public static final PollResultField VICTOR_ANSWER_TEXT =
      VALUES.register(new PollResultField("victor_answer_text", true));

  /**
   * The id of the winning answer's custom emoji, if it has one ({@code "victor_answer_emoji_id"}).
   */
  public static final PollResultField VICTOR_ANSWER_EMOJI_ID =
      VALUES.register(new PollResultField("victor_answer_emoji_id", true));

  /** The name of the winning answer's emoji, if it has one ({@code "victor_answer_emoji_name"}). */
  public static final PollResultField VICTOR_ANSWER_EMOJI_NAME =
      VALUES.register(new PollResultField("victor_answer_emoji_name", true));

  /**
   * Whether the winning answer's emoji is animated, if it has one ({@code
   * "victor_answer_emoji_animated"}).
   */
  public static final PollResultField VICTOR_ANSWER_EMOJI_ANIMATED =
      VALUES.register(new PollResultField("victor_answer_emoji_animated", true));

  private PollResultField(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value with the given raw string, named if gloam knows it.
   *
   * @param value the raw value
   * @return the constant, or an unnamed instance for an unknown string
   */
  @JsonCreator
  public static PollResultField of(String value) {
    return VALUES.of(value);
  }

  @JsonValue
  private String wire() {
    return value();
  }
}
