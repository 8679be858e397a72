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
 * Ends a poll of the bot now. Maps "End Poll" ({@code POST
 * /channels/{channel.id}/polls/{message.id}/expire}, resources/poll). Obtained from {@link
 * dev.gloam.http.MessageRequests#expirePoll}.
 *
 * <pre>{@code
 * Message ended = client.expirePoll(channelId, messageId).send().model();
 * }</pre>
 */
public final class ExpirePoll extends Request<Message> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#expirePoll} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public ExpirePoll(Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.POLL_EXPIRE, BodyReader.of(Message.class), channelId, messageId);
  }
}
