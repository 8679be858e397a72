package dev.gloam.model.channel.message.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.emoji.Emoji;
import java.util.Optional;

/**
 * The content of a poll's question or of one of its answers. Maps Discord's "Poll Media Object"
 * (resources/poll).
 *
 * @param text the text (up to 300 characters for the question, 55 for an answer); Discord always
 *     sends it today but does not promise to
 * @param emoji the answer's emoji (partial); questions have none. When creating, the {@code id} of
 *     a custom emoji or the {@code name} of a unicode one is enough
 */
public record PollMedia(
    @JsonInclude(Include.NON_ABSENT) Optional<String> text,
    @JsonInclude(Include.NON_ABSENT) Optional<Emoji> emoji) {

  /**
   * Creates media with only a text.
   *
   * @param text the text
   * @return the media
   */
  public static PollMedia text(String text) {
    return new PollMedia(Optional.of(text), Optional.empty());
  }
}
