package dev.gloam.http.request.guild.ban;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Ban;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.member.BanChecks;
import java.util.List;

/**
 * Lists a page of a guild's bans in ascending order of user id. Maps "Get Guild Bans" ({@code GET
 * /guilds/{guild.id}/bans}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#guildBans}.
 *
 * <pre>{@code
 * List<Ban> bans = client.guildBans(guildId).limit(100).send().model();
 * }</pre>
 */
public final class GetGuildBans extends Request<List<Ban>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#guildBans} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildBans(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_BANS, BodyReader.listOf(Ban.class), guildId);
  }

  /**
   * Sets how many bans to list, 1 to 1000 (default 1000).
   *
   * @param limit the number of bans
   * @return this request
   */
  public GetGuildBans limit(int limit) {
    query().set("limit", limit);
    check(() -> BanChecks.limit(limit));
    return this;
  }

  /**
   * Lists only bans of users with an id below this one; takes precedence over {@link #after}.
   *
   * @param before the user id to page back from
   * @return this request
   */
  public GetGuildBans before(Id<UserMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Lists only bans of users with an id above this one.
   *
   * @param after the user id to page forward from
   * @return this request
   */
  public GetGuildBans after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }
}
