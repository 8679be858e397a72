package dev.gloam.http.request.interaction;

import dev.gloam.http.request.channel.message.MessageDraft;
import dev.gloam.http.request.channel.message.PollField;
import dev.gloam.http.request.channel.message.TtsField;

/**
 * The message of an interaction response ({@code CHANNEL_MESSAGE_WITH_SOURCE} or {@code
 * UPDATE_MESSAGE}): the same fields as any message, sent as the response's {@code data}. Filled in
 * by the callback given to {@link CreateInteractionResponse#message} or {@link
 * CreateInteractionResponse#updateMessage}.
 *
 * <pre>{@code
 * interactions.createResponse(interactionId, token)
 *     .message(m -> m.content("Only you can see this").flags(MessageFlags.EPHEMERAL))
 *     .send();
 * }</pre>
 */
public final class InteractionMessage
    implements PollField<InteractionMessage>, TtsField<InteractionMessage> {
  private final MessageDraft draft = new MessageDraft();

  InteractionMessage() {}

  @Override
  public MessageDraft draft() {
    return draft;
  }

  @Override
  public String toString() {
    return "InteractionMessage[" + draft + "]";
  }
}
