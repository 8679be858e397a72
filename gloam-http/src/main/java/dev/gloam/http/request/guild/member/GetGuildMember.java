package dev.gloam.http.request.guild.member;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Gets one member of a guild. Maps "Get Guild Member" ({@code GET
 * /guilds/{guild.id}/members/{user.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#guildMember}.
 *
 * <pre>{@code
 * Member member = client.guildMember(guildId, userId).send().model();
 * }</pre>
 */
public final class GetGuildMember extends Request<Member> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#guildMember} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   */
  public GetGuildMember(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.GET_GUILD_MEMBER, BodyReader.of(Member.class), guildId, userId);
  }
}
