package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.FollowedChannel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Follows an announcement channel, so that its published messages are copied into another channel
 * through a webhook Discord creates there. Maps "Follow Announcement Channel" ({@code POST
 * /channels/{channel.id}/followers}, resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#followChannel}.
 *
 * <pre>{@code
 * FollowedChannel followed = client.followChannel(newsId, targetId).send().model();
 * }</pre>
 */
public final class FollowChannel extends Request<FollowedChannel> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#followChannel} instead.
   *
   * @param transport the client's transport
   * @param channelId the announcement channel to follow
   * @param webhookChannelId the channel that receives the messages
   */
  public FollowChannel(
      Transport transport, Id<ChannelMarker> channelId, Id<ChannelMarker> webhookChannelId) {
    super(transport, Route.FOLLOW_CHANNEL, BodyReader.of(FollowedChannel.class), channelId);
    webhookChannelId(webhookChannelId);
  }

  /**
   * Sets the channel that receives the followed channel's messages.
   *
   * @param webhookChannelId the target channel
   * @return this request
   */
  public FollowChannel webhookChannelId(Id<ChannelMarker> webhookChannelId) {
    json().set("webhook_channel_id", webhookChannelId);
    return this;
  }

  /**
   * Sets the reason shown in the target guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public FollowChannel reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
