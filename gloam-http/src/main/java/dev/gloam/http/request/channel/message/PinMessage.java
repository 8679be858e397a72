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
 * Pins a message through the deprecated route; prefer {@link CreatePin}. Maps "Pin Message
 * (deprecated)" ({@code PUT /channels/{channel.id}/pins/{message.id}}, resources/message). Obtained
 * from {@link dev.gloam.http.MessageRequests#pinMessage}.
 *
 * <pre>{@code
 * client.pinMessage(channelId, messageId).send();
 * }</pre>
 */
public final class PinMessage extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#pinMessage} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public PinMessage(Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.DEPRECATED_CREATE_PIN, BodyReader.empty(), channelId, messageId);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public PinMessage reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
