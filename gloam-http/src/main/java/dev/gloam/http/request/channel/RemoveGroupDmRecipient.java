package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Removes a user from a group DM. Maps "Group DM Remove Recipient" ({@code DELETE
 * /channels/{channel.id}/recipients/{user.id}}, resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#removeGroupDmRecipient}.
 *
 * <pre>{@code
 * client.removeGroupDmRecipient(groupId, userId).send();
 * }</pre>
 */
public final class RemoveGroupDmRecipient extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#removeGroupDmRecipient} instead.
   *
   * @param transport the client's transport
   * @param channelId the group DM
   * @param userId the user to remove
   */
  public RemoveGroupDmRecipient(
      Transport transport, Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    super(transport, Route.DELETE_GROUP_DM_USER, BodyReader.empty(), channelId, userId);
  }
}
