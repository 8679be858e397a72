package dev.gloam.http.request.channel.thread;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.thread.ThreadList;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Lists the threads of a guild that are not archived, public and private, with the current user's
 * thread member for those they joined. Maps "List Active Guild Threads" ({@code GET
 * /guilds/{guild.id}/threads/active}, resources/guild). Obtained from {@link
 * dev.gloam.http.ThreadRequests#activeThreads}.
 *
 * <pre>{@code
 * ThreadList active = client.activeThreads(guildId).send().model();
 * }</pre>
 */
public final class GetActiveThreads extends Request<ThreadList> {
  /**
   * Creates the request; use {@link dev.gloam.http.ThreadRequests#activeThreads} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetActiveThreads(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_ACTIVE_GUILD_THREADS, BodyReader.of(ThreadList.class), guildId);
  }
}
