package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.member.MemberChecks;
import java.util.List;

/**
 * Finds the members whose username or nickname starts with a text. Maps "Search Guild Members"
 * ({@code GET /guilds/{guild.id}/members/search}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#searchGuildMembers}.
 *
 * <pre>{@code
 * List<Member> found = client.searchGuildMembers(guildId, "ali").limit(10).send().model();
 * }</pre>
 */
public final class SearchGuildMembers extends Request<List<Member>> {
  private String query;

  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#searchGuildMembers} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param query the start of the usernames and nicknames to find, 1 to 100 characters
   */
  public SearchGuildMembers(Transport transport, Id<GuildMarker> guildId, String query) {
    super(transport, Route.SEARCH_GUILD_MEMBERS, BodyReader.listOf(Member.class), guildId);
    query(query);
  }

  /**
   * Sets the start of the usernames and nicknames to find; required, 1 to 100 characters.
   *
   * @param query the text
   * @return this request
   */
  public SearchGuildMembers query(String query) {
    this.query = query;
    query().set("query", query);
    return this;
  }

  /**
   * Sets how many members to return, 1 to 1000 (default 1).
   *
   * @param limit the number of members
   * @return this request
   */
  public SearchGuildMembers limit(int limit) {
    query().set("limit", limit);
    check(() -> MemberChecks.searchLimit(limit));
    return this;
  }

  @Override
  protected void validate() {
    MemberChecks.searchQuery(query);
  }
}
