package dev.gloam.http.request.user;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Makes the current user leave a guild. Maps "Leave Guild" ({@code DELETE
 * /users/@me/guilds/{guild.id}}, resources/user). Obtained from {@link
 * dev.gloam.http.UserRequests#leaveGuild}.
 *
 * <pre>{@code
 * client.leaveGuild(guildId).send();
 * }</pre>
 */
public final class LeaveGuild extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.UserRequests#leaveGuild} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public LeaveGuild(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LEAVE_GUILD, BodyReader.empty(), guildId);
  }
}
