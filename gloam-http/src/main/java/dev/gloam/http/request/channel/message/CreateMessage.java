package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.MessageReference;
import dev.gloam.model.channel.message.SharedClientTheme;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.message.MessageChecks;

/**
 * Sends a message to a channel, with files if attached. Maps "Create Message" ({@code POST
 * /channels/{channel.id}/messages}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#createMessage}. A message needs content, embeds, components,
 * stickers, a poll or a file.
 *
 * <pre>{@code
 * Message sent = client.createMessage(channelId)
 *     .content("Pong!")
 *     .messageReference(MessageReference.reply(original.id()))
 *     .send()
 *     .model();
 * }</pre>
 */
public final class CreateMessage extends Request<Message>
    implements PollField<CreateMessage>, TtsField<CreateMessage>, StickerField<CreateMessage> {
  private final MessageDraft draft = new MessageDraft();

  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#createMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel to send in
   */
  public CreateMessage(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.CREATE_MESSAGE, BodyReader.of(Message.class), channelId);
  }

  @Override
  public MessageDraft draft() {
    return draft;
  }

  /**
   * Sets a nonce (up to 25 characters) that Discord echoes in the message and its {@code
   * MESSAGE_CREATE}, so that the sender can recognise it.
   *
   * @param nonce the nonce
   * @return this request
   */
  public CreateMessage nonce(String nonce) {
    draft.set("nonce", nonce, () -> MessageChecks.nonce(nonce));
    return this;
  }

  /**
   * Sets a numeric nonce (see {@link #nonce(String)}).
   *
   * @param nonce the nonce
   * @return this request
   */
  public CreateMessage nonce(long nonce) {
    draft.set("nonce", nonce, null);
    return this;
  }

  /**
   * Sets whether Discord refuses to send a second message with the same nonce from this bot within
   * a few minutes, answering with the first one instead.
   *
   * @param enforceNonce {@code true} to deduplicate by nonce
   * @return this request
   */
  public CreateMessage enforceNonce(boolean enforceNonce) {
    draft.set("enforce_nonce", enforceNonce, null);
    return this;
  }

  /**
   * Makes the message a reply to, or a forward of, another message.
   *
   * @param messageReference the reference, such as {@link MessageReference#reply}
   * @return this request
   */
  public CreateMessage messageReference(MessageReference messageReference) {
    draft.set("message_reference", messageReference, null);
    return this;
  }

  /**
   * Shares a client theme with the message.
   *
   * @param sharedClientTheme the theme
   * @return this request
   */
  public CreateMessage sharedClientTheme(SharedClientTheme sharedClientTheme) {
    draft.set("shared_client_theme", sharedClientTheme, null);
    return this;
  }

  @Override
  protected void validate() {
    draft.validateNewMessage();
  }

  @Override
  protected RequestBody body() {
    return draft.body();
  }
}
