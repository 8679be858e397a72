package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;

/**
 * Publishes a message of an announcement channel to the channels following it. Maps "Crosspost
 * Message" ({@code POST /channels/{channel.id}/messages/{message.id}/crosspost},
 * resources/message). Obtained from {@link dev.gloam.http.MessageRequests#crosspostMessage}.
 *
 * <pre>{@code
 * client.crosspostMessage(channelId, messageId).send();
 * }</pre>
 */
public final class CrosspostMessage extends Request<Message> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#crosspostMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public CrosspostMessage(
      Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.CROSSPOST_MESSAGE, BodyReader.of(Message.class), channelId, messageId);
  }
}
