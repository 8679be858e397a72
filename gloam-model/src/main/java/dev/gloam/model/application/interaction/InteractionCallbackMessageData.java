package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.Optional;

/**
 * The message of a message response ({@code CHANNEL_MESSAGE_WITH_SOURCE}, {@code
 * DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE}, {@code UPDATE_MESSAGE}). Maps the "Messages" table of
 * Discord's "Interaction Callback Data Structure" (interactions/receiving-and-responding).
 *
 * @param tts whether the message is read aloud
 * @param content the message's text
 */
public record InteractionCallbackMessageData(
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> tts,
    @JsonInclude(Include.NON_ABSENT) Optional<String> content) {

  /**
   * Returns message data with only text.
   *
   * @param content the text
   * @return the data
   */
  public static InteractionCallbackMessageData ofContent(String content) {
    return new InteractionCallbackMessageData(Optional.empty(), Optional.of(content));
  }
}
