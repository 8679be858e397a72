package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.thread.ThreadChecks;
import java.util.List;

/**
 * Lists the members of a thread. With {@link #withMember} the answer is paged by user id ({@link
 * #after}, {@link #limit}) and each entry carries the guild member; needs the {@code GUILD_MEMBERS}
 * intent. Maps "List Thread Members" ({@code GET /channels/{channel.id}/thread-members},
 * resources/channel). Obtained from {@link dev.gloam.http.ThreadRequests#threadMembers}.
 *
 * <pre>{@code
 * List<ThreadMember> page = client.threadMembers(threadId).withMember(true).limit(50).send().model();
 * }</pre>
 */
public final class GetThreadMembers extends Request<List<ThreadMember>> {
  private Integer limit;

  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#threadMembers} instead.
   *
   * @param transport the client's transport
   * @param channelId the thread
   */
  public GetThreadMembers(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.LIST_THREAD_MEMBERS, BodyReader.listOf(ThreadMember.class), channelId);
  }

  /**
   * Sets whether each entry includes the user's guild member, which also pages the answer.
   *
   * @param withMember {@code true} to include them
   * @return this request
   */
  public GetThreadMembers withMember(boolean withMember) {
    query().set("with_member", withMember);
    return this;
  }

  /**
   * Starts the page after this user.
   *
   * @param after the last user of the previous page
   * @return this request
   */
  public GetThreadMembers after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets the page size, 1 to 100 (100 by default).
   *
   * @param limit the number of members
   * @return this request
   */
  public GetThreadMembers limit(int limit) {
    this.limit = limit;
    query().set("limit", limit);
    return this;
  }

  @Override
  protected void validate() {
    if (limit != null) {
      ThreadChecks.memberListLimit(limit);
    }
  }
}
