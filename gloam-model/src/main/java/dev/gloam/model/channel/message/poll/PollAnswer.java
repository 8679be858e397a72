package dev.gloam.model.channel.message.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * One answer of a poll. Maps Discord's "Poll Answer Object" (resources/poll).
 *
 * @param answerId the number that labels the answer; sent by Discord only, absent in requests
 * @param pollMedia the answer's text and emoji
 */
public record PollAnswer(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> answerId, PollMedia pollMedia) {

  /**
   * Creates an answer for a request, with only a text.
   *
   * @param text the answer's text
   * @return the answer
   */
  public static PollAnswer of(String text) {
    return new PollAnswer(Optional.empty(), PollMedia.text(text));
  }
}
