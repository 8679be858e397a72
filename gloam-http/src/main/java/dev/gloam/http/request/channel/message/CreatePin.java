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
 * Pins a message (at most 250 per channel). Maps "Pin Message" ({@code PUT
 * /channels/{channel.id}/messages/pins/{message.id}}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#createPin}.
 *
 * <pre>{@code
 * client.createPin(channelId, messageId).reason("rules").send();
 * }</pre>
 */
public final class CreatePin extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#createPin} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   */
  public CreatePin(Transport transport, Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    super(transport, Route.CREATE_PIN, BodyReader.empty(), channelId, messageId);
  }

  /**
   * Sets the reason shown in the guild's audit log, up to 512 characters.
   *
   * @param reason the reason
   * @return this request
   */
  public CreatePin reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
