package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;

/**
 * Removes every reaction of a message. Maps "Delete All Reactions" ({@code DELETE
 * /channels/{channel.id}/messages/{message.id}/reactions}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#deleteAllReactions}.
 *
 * <pre>{@code
 * client.deleteAllReactions(channelId, messageId).send();
 * }</pre>
 */
public final class DeleteAllReactions extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#deleteAllReactions} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public DeleteAllReactions(
      Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.DELETE_ALL_MESSAGE_REACTIONS, BodyReader.empty(), channelId, messageId);
  }
}
