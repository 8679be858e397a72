package dev.gloam.http.request.guild.ban;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.Ban;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Gets the ban of one user; Discord answers 404 if the user is not banned. Maps "Get Guild Ban"
 * ({@code GET /guilds/{guild.id}/bans/{user.id}}, resources/guild). Obtained from {@link
 * dev.gloam.http.MemberRequests#guildBan}.
 *
 * <pre>{@code
 * Ban ban = client.guildBan(guildId, userId).send().model();
 * }</pre>
 */
public final class GetGuildBan extends Request<Ban> {
  /**
   * Creates the request; use {@link dev.gloam.http.MemberRequests#guildBan} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param userId the user
   */
  public GetGuildBan(Transport transport, Id<GuildMarker> guildId, Id<UserMarker> userId) {
    super(transport, Route.GET_GUILD_BAN, BodyReader.of(Ban.class), guildId, userId);
  }
}
