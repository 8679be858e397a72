package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;

/**
 * Edits a message. Fields not set stay as they are; a field set to {@code null} is cleared, such as
 * {@code content(null)} or {@code embeds((List<Embed>) null)}. Maps "Edit Message" ({@code PATCH
 * /channels/{channel.id}/messages/{message.id}}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#updateMessage}.
 *
 * <pre>{@code
 * client.updateMessage(channelId, messageId).content("edited").send();
 * }</pre>
 */
public final class UpdateMessage extends Request<Message> implements StickerField<UpdateMessage> {
  private final MessageDraft draft = new MessageDraft();

  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#updateMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the message's channel
   * @param messageId the message
   */
  public UpdateMessage(
      Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.UPDATE_MESSAGE, BodyReader.of(Message.class), channelId, messageId);
  }

  @Override
  public MessageDraft draft() {
    return draft;
  }

  @Override
  protected void validate() {
    draft.validate();
  }

  @Override
  protected RequestBody body() {
    return draft.body();
  }
}
