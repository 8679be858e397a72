package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Gets the member object of the user a Bearer token belongs to in a guild (scope {@code
 * guilds.members.read}). Maps "Get Current User Guild Member" ({@code GET
 * /users/@me/guilds/{guild.id}/member}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#currentUserGuildMember}.
 *
 * <pre>{@code
 * Member me = bearerClient.currentUserGuildMember(guildId).send().model();
 * }</pre>
 */
public final class GetCurrentUserGuildMember extends Request<Member> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#currentUserGuildMember} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetCurrentUserGuildMember(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.GET_MY_GUILD_MEMBER, BodyReader.of(Member.class), guildId);
  }
}
