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
 * @param extras flags, attachments, stickers, a poll or a forward; {@link MessageExtras#NONE} for a
 *     plain message
 */
public record MessageDraft(
    long channelId,
    long authorId,
    String content,
    boolean tts,
    JsonNode nonce,
    ArrayNode embeds,
    ArrayNode components,
    Long replyToMessageId,
    MessageExtras extras) {

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
   * @param extras everything beyond the text
   */
  public MessageDraft {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(embeds, "embeds");
    Objects.requireNonNull(components, "components");
    extras = extras == null ? MessageExtras.NONE : extras;
  }

  /**
   * A message with nothing beyond text, embeds, components and a reply.
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
  public MessageDraft(
      long channelId,
      long authorId,
      String content,
      boolean tts,
      JsonNode nonce,
      ArrayNode embeds,
      ArrayNode components,
      Long replyToMessageId) {
    this(
        channelId,
        authorId,
        content,
        tts,
        nonce,
        embeds,
        components,
        replyToMessageId,
        MessageExtras.NONE);
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
