package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Deletes a guild channel or thread, or closes a private channel; answers with the channel as it
 * was. A deleted category's channels stay, without a parent. Maps "Delete/Close Channel" ({@code
 * DELETE /channels/{channel.id}}, resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#deleteChannel}.
 *
 * <pre>{@code
 * client.deleteChannel(channelId).reason("spam channel").send();
 * }</pre>
 */
public final class DeleteChannel extends Request<Channel> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#deleteChannel} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public DeleteChannel(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.DELETE_CHANNEL, BodyReader.of(Channel.class), channelId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public DeleteChannel reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
