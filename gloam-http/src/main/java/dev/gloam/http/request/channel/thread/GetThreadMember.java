package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Reads one member of a thread; Discord answers 404 if the user is not in it. Maps "Get Thread
 * Member" ({@code GET /channels/{channel.id}/thread-members/{user.id}}, resources/channel).
 * Obtained from {@link dev.gloam.http.ThreadRequests#threadMember}.
 *
 * <pre>{@code
 * ThreadMember member = client.threadMember(threadId, userId).withMember(true).send().model();
 * }</pre>
 */
public final class GetThreadMember extends Request<ThreadMember> {
  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#threadMember} instead.
   *
   * @param transport the client's transport
   * @param channelId the thread
   * @param userId the user
   */
  public GetThreadMember(Transport transport, Id<ChannelMarker> channelId, Id<UserMarker> userId) {
    super(transport, Route.GET_THREAD_MEMBER, BodyReader.of(ThreadMember.class), channelId, userId);
  }

  /**
   * Sets whether the answer includes the user's guild member.
   *
   * @param withMember {@code true} to include it
   * @return this request
   */
  public GetThreadMember withMember(boolean withMember) {
    query().set("with_member", withMember);
    return this;
  }
}
