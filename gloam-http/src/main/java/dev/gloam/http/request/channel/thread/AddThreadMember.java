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
 * Adds a member of the guild to a thread that is not archived; adding one who is in it already
 * succeeds too. Maps "Add Thread Member" ({@code PUT
 * /channels/{channel.id}/thread-members/{user.id}}, resources/channel). Obtained from {@link
 * dev.gloam.http.ThreadRequests#addThreadMember}.
 *
 * <pre>{@code
 * client.addThreadMember(threadId, userId).send();
 * }</pre>
 */
public final class AddThreadMember extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#addThreadMember} instead.
   *
   * @param transport the client's transport
   * @param channelId the thread
   * @param userId the member to add
   */
  public AddThreadMember(Transport transport, Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    super(transport, Route.ADD_THREAD_MEMBER, BodyReader.empty(), channelId, userId);
  }
}
