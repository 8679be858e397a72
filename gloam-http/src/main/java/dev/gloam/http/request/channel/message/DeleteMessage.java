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
 * Deletes a message. Maps "Delete Message" ({@code DELETE
 * /channels/{channel.id}/messages/{message.id}}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#deleteMessage}.
 *
 * <pre>{@code
 * client.deleteMessage(channelId, messageId).reason("spam").send();
 * }</pre>
 */
public final class DeleteMessage extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#deleteMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public DeleteMessage(
      Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.DELETE_MESSAGE, BodyReader.empty(), channelId, messageId);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public DeleteMessage reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
