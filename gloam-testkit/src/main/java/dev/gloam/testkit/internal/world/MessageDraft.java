package dev.gloam.testkit.internal.world;

import dev.gloam.testkit.internal.json.Json;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A message about to be stored, already validated.
 *
 * @param channelId where it goes
 * @param authorId who sends it
 * @param content its text, empty if none
 * @param tts whether it is text-to-speech
 * @param nonce the client's nonce to echo back, or null
 * @param embeds the embeds as sent
 * @param components the components as sent
 * @param replyToMessageId the message it replies to, or null
 */
public record MessageDraft(
    long channelId,
    long authorId,
    String content,
    boolean tts,
    JsonNode nonce,
    ArrayNode embeds,
    ArrayNode components,
    Long replyToMessageId) {

  /**
   * Checks the required components.
   *
   * @param channelId where it goes
   * @param authorId who sends it
   * @param content its text
   * @param tts whether it is text-to-speech
   * @param nonce the nonce or null
   * @param embeds the embeds
   * @param components the components
   * @param replyToMessageId the replied-to message or null
   */
  public MessageDraft {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(embeds, "embeds");
    Objects.requireNonNull(components, "components");
  }

  /**
   * A plain text message with nothing else.
   *
   * @param channelId where it goes
   * @param authorId who sends it
   * @param content its text
   * @return the draft
   */
  public static MessageDraft text(long channelId, long authorId, String content) {
    return new MessageDraft(
        channelId, authorId, content, false, null, Json.array(), Json.array(), null);
  }
}
