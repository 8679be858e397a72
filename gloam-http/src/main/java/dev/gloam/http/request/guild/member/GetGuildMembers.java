package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.member.MemberChecks;
import java.util.List;

/**
 * Lists a page of a guild's members in ascending order of user id. Needs the {@code GUILD_MEMBERS}
 * privileged intent. Maps "List Guild Members" ({@code GET /guilds/{guild.id}/members},
 * resources/guild). Obtained from {@link dev.gloam.http.MemberRequests#guildMembers}.
 *
 * <pre>{@code
 * List<Member> page = client.guildMembers(guildId).limit(1000).after(lastUserId).send().model();
 * }</pre>
 */
public final class GetGuildMembers extends Request<List<Member>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#guildMembers} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildMembers(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_MEMBERS, BodyReader.listOf(Member.class), guildId);
  }

  /**
   * Sets how many members to list, 1 to 1000 (default 1).
   *
   * @param limit the number of members
   * @return this request
   */
  public GetGuildMembers limit(int limit) {
    query().set("limit", limit);
    check(() -> MemberChecks.listLimit(limit));
    return this;
  }

  /**
   * Lists only members with a user id above this one: the last user id of the previous page.
   *
   * @param after the user id to continue after
   * @return this request
   */
  public GetGuildMembers after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }
}
