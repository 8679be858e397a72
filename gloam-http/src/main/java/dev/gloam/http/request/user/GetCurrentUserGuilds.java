package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Guild;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.Check;
import java.util.List;

/**
 * Lists the guilds the current user is in, as partial guilds, paged. Maps "Get Current User Guilds"
 * ({@code GET /users/@me/guilds}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#currentUserGuilds}.
 *
 * <pre>{@code
 * List<Guild> guilds = client.currentUserGuilds().limit(200).withCounts(true).send().model();
 * }</pre>
 */
public final class GetCurrentUserGuilds extends Request<List<Guild>> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#currentUserGuilds} instead.
   *
   * @param transport the client's transport
   */
  public GetCurrentUserGuilds(Transport transport) {
    super(transport, Route.LIST_MY_GUILDS, BodyReader.listOf(Guild.class));
  }

  /**
   * Pages backwards: only guilds before this one.
   *
   * @param before the guild id
   * @return this request
   */
  public GetCurrentUserGuilds before(Id<GuildMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Pages forwards: only guilds after this one.
   *
   * @param after the guild id
   * @return this request
   */
  public GetCurrentUserGuilds after(Id<GuildMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many guilds to return.
   *
   * @param limit 1 to 200, 200 by default
   * @return this request
   */
  public GetCurrentUserGuilds limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 200));
    return this;
  }

  /**
   * Adds the approximate member and presence counts.
   *
   * @param withCounts {@code true} for the counts
   * @return this request
   */
  public GetCurrentUserGuilds withCounts(boolean withCounts) {
    query().set("with_counts", withCounts);
    return this;
  }
}
