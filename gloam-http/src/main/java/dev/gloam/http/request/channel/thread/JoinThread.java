package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Adds the current user to a thread that is not archived. Maps "Join Thread" ({@code PUT
 * /channels/{channel.id}/thread-members/@me}, resources/channel). Obtained from {@link
 * dev.gloam.http.ThreadRequests#joinThread}.
 *
 * <pre>{@code
 * client.joinThread(threadId).send();
 * }</pre>
 */
public final class JoinThread extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#joinThread} instead.
   *
   * @param transport the client's transport
   * @param channelId the thread
   */
  public JoinThread(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.JOIN_THREAD, BodyReader.empty(), channelId);
  }
}
