package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.thread.ThreadList;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.thread.ThreadChecks;
import java.time.Instant;

/**
 * Lists the archived public threads of a text channel (or announcement threads of an announcement
 * channel), newest archive first; needs {@code READ_MESSAGE_HISTORY}. Maps "List Public Archived
 * Threads" ({@code GET /channels/{channel.id}/threads/archived/public}, resources/channel).
 * Obtained from {@link dev.gloam.http.ThreadRequests#publicArchivedThreads}.
 *
 * <pre>{@code
 * ThreadList page = client.publicArchivedThreads(channelId).limit(50).send().model();
 * }</pre>
 */
public final class GetPublicArchivedThreads extends Request<ThreadList> {
  private Integer limit;

  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#publicArchivedThreads} instead.
   *
   * @param transport the client's transport
   * @param channelId the parent channel
   */
  public GetPublicArchivedThreads(Transport transport, Id<ChannelMarker> channelId) {
    super(
        transport, Route.LIST_PUBLIC_ARCHIVED_THREADS, BodyReader.of(ThreadList.class), channelId);
  }

  /**
   * Returns only threads archived before this moment.
   *
   * @param before the bound of the previous page
   * @return this request
   */
  public GetPublicArchivedThreads before(Instant before) {
    query().set("before", before);
    return this;
  }

  /**
   * Sets the page size, 2 to 100.
   *
   * @param limit the number of threads
   * @return this request
   */
  public GetPublicArchivedThreads limit(int limit) {
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
