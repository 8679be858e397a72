package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GenericMarker;

/**
 * Removes the permission overwrite of one role or member from a guild channel, so that the role's
 * or the category's permissions apply again. Maps "Delete Channel Permission" ({@code DELETE
 * /channels/{channel.id}/permissions/{overwrite.id}}, resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#deletePermissionOverwrite}.
 *
 * <pre>{@code
 * client.deletePermissionOverwrite(channelId, userId.cast()).send();
 * }</pre>
 */
public final class DeletePermissionOverwrite extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#deletePermissionOverwrite}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param overwriteId the role's or the user's id
   */
  public DeletePermissionOverwrite(
      Transport transport, Id<ChannelMarker> channelId, Id<GenericMarker> overwriteId) {
    super(
        transport,
        Route.DELETE_CHANNEL_PERMISSION_OVERWRITE,
        BodyReader.empty(),
        channelId,
        overwriteId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public DeletePermissionOverwrite reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
