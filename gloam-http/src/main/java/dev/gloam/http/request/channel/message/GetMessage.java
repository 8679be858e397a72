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
 * Reads one message. Maps "Get Channel Message" ({@code GET
 * /channels/{channel.id}/messages/{message.id}}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#message}.
 *
 * <pre>{@code
 * Message message = client.message(channelId, messageId).send().model();
 * }</pre>
 */
public final class GetMessage extends Request<Message> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#message} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public GetMessage(Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.GET_MESSAGE, BodyReader.of(Message.class), channelId, messageId);
  }
}
