package dev.gloam.http.request.channel.message;

import dev.gloam.http.Transport;
import dev.gloam.http.request.Request;
import dev.gloam.http.routing.ApiRequest;
import dev.gloam.http.routing.Route;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.json.ModelJson;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a message to a channel. Maps "Create Message" ({@code POST
 * /channels/{channel.id}/messages}, resources/message). Obtained from {@link
 * dev.gloam.http.Client#createMessage}.
 *
 * <pre>{@code
 * Message sent = client.createMessage(channelId).content("Pong!").send().model();
 * }</pre>
 */
public final class CreateMessage extends Request<Message> {
  /** The most characters {@code content} may have. */
  public static final int CONTENT_LIMIT = 2000;

  /** The most characters {@code nonce} may have. */
  public static final int NONCE_LIMIT = 25;

  private final Id<ChannelMarker> channelId;
  private String content;
  private String nonce;
  private Boolean tts;

  /**
   * Creates the request; use {@link dev.gloam.http.Client#createMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel to send in
   */
  public CreateMessage(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Message.class);
    this.channelId = channelId;
  }

  /**
   * Sets the text, up to {@value #CONTENT_LIMIT} characters.
   *
   * @param content the text
   * @return this request
   */
  public CreateMessage content(String content) {
    this.content = content;
    return this;
  }

  /**
   * Sets a nonce (up to {@value #NONCE_LIMIT} characters) that Discord echoes in the message and
   * its {@code MESSAGE_CREATE}, so that the sender can recognise it.
   *
   * @param nonce the nonce
   * @return this request
   */
  public CreateMessage nonce(String nonce) {
    this.nonce = nonce;
    return this;
  }

  /**
   * Sets whether the message is read aloud by text-to-speech.
   *
   * @param tts {@code true} for a TTS message
   * @return this request
   */
  public CreateMessage tts(boolean tts) {
    this.tts = tts;
    return this;
  }

  @Override
  protected ApiRequest toApiRequest() {
    if (content == null || content.isEmpty()) {
      throw invalid("CreateMessage: a message needs content (Discord rejects empty messages)");
    }
    int length = content.codePointCount(0, content.length());
    if (length > CONTENT_LIMIT) {
      throw invalid(
          "CreateMessage: content has " + length + " characters, the limit is " + CONTENT_LIMIT);
    }
    if (nonce != null && nonce.length() > NONCE_LIMIT) {
      throw invalid(
          "CreateMessage: nonce has "
              + nonce.length()
              + " characters, the limit is "
              + NONCE_LIMIT);
    }
    ObjectNode body = ModelJson.mapper().createObjectNode();
    body.put("content", content);
    if (nonce != null) {
      body.put("nonce", nonce);
    }
    if (tts != null) {
      body.put("tts", tts);
    }
    return new ApiRequest(
        Route.CREATE_MESSAGE,
        Route.CREATE_MESSAGE.path(channelId),
        Optional.of(ModelJson.writeBytes(body)));
  }
}
