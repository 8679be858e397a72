package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Removes the current user from a thread that is not archived. Maps "Leave Thread" ({@code DELETE
 * /channels/{channel.id}/thread-members/@me}, resources/channel). Obtained from {@link
 * dev.gloam.http.ThreadRequests#leaveThread}.
 *
 * <pre>{@code
 * client.leaveThread(threadId).send();
 * }</pre>
 */
public final class LeaveThread extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#leaveThread} instead.
   *
   * @param transport the client's transport
   * @param channelId the thread
   */
  public LeaveThread(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.LEAVE_THREAD, BodyReader.empty(), channelId);
  }
}
