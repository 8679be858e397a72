package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Removes a member from a thread that is not archived; needs {@code MANAGE_THREADS}, or to have
 * created the private thread. Maps "Remove Thread Member" ({@code DELETE
 * /channels/{channel.id}/thread-members/{user.id}}, resources/channel). Obtained from {@link
 * dev.gloam.http.ThreadRequests#removeThreadMember}.
 *
 * <pre>{@code
 * client.removeThreadMember(threadId, userId).send();
 * }</pre>
 */
public final class RemoveThreadMember extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#removeThreadMember} instead.
   *
   * @param transport the client's transport
   * @param channelId the thread
   * @param userId the member to remove
   */
  public RemoveThreadMember(
      Transport transport, Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    super(transport, Route.DELETE_THREAD_MEMBER, BodyReader.empty(), channelId, userId);
  }
}
