package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.Check;

/**
 * Sends a message to a channel. Maps "Create Message" ({@code POST
 * /channels/{channel.id}/messages}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#createMessage}.
 *
 * <pre>{@code
 * Message sent = client.createMessage(channelId).content("Pong!").send().model();
 * }</pre>
 */
public final class CreateMessage extends Request<Message> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#createMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel to send in
   */
  public CreateMessage(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.CREATE_MESSAGE, BodyReader.of(Message.class), channelId);
  }

  /**
   * Sets the text, up to 2000 characters.
   *
   * @param content the text
   * @return this request
   */
  public CreateMessage content(String content) {
    json().set("content", content);
    check(() -> Check.maxLength("content", content, 2000));
    return this;
  }

  /**
   * Sets a nonce (up to 25 characters) that Discord echoes in the message and its {@code
   * MESSAGE_CREATE}, so that the sender can recognise it.
   *
   * @param nonce the nonce
   * @return this request
   */
  public CreateMessage nonce(String nonce) {
    json().set("nonce", nonce);
    check(() -> Check.maxLength("nonce", nonce, 25));
    return this;
  }

  /**
   * Sets whether the message is read aloud by text-to-speech.
   *
   * @param tts {@code true} for a TTS message
   * @return this request
   */
  public CreateMessage tts(boolean tts) {
    json().set("tts", tts);
    return this;
  }

  @Override
  protected void validate() {
    Check.required(
        "content",
        json().has("content") ? "" : null,
        "a message needs content, embeds, components, stickers, a poll or files");
  }
}
