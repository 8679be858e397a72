package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.thread.ThreadList;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.thread.ThreadChecks;

/**
 * Lists the archived private threads of a channel that the current user joined, newest thread
 * first; needs {@code READ_MESSAGE_HISTORY}. Maps "List Joined Private Archived Threads" ({@code
 * GET /channels/{channel.id}/users/@me/threads/archived/private}, resources/channel). Obtained from
 * {@link dev.gloam.http.ThreadRequests#joinedPrivateArchivedThreads}.
 *
 * <pre>{@code
 * ThreadList page = client.joinedPrivateArchivedThreads(channelId).limit(50).send().model();
 * }</pre>
 */
public final class GetJoinedPrivateArchivedThreads extends Request<ThreadList> {
  private Integer limit;

  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#joinedPrivateArchivedThreads}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the parent channel
   */
  public GetJoinedPrivateArchivedThreads(Transport transport, Id<ChannelMarker> channelId) {
    super(
        transport,
        Route.LIST_MY_PRIVATE_ARCHIVED_THREADS,
        BodyReader.of(ThreadList.class),
        channelId);
  }

  /**
   * Returns only threads with an id lower than this one.
   *
   * @param before the bound of the previous page
   * @return this request
   */
  public GetJoinedPrivateArchivedThreads before(Id<ChannelMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Sets the page size, 2 to 100.
   *
   * @param limit the number of threads
   * @return this request
   */
  public GetJoinedPrivateArchivedThreads limit(int limit) {
    this.limit = limit;
    query().set("limit", limit);
    return this;
  }

  @Override
  protected void validate() {
    if (limit != null) {
      ThreadChecks.archivedLimit(limit);
    }
  }
}
