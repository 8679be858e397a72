package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.invite.Invite;
import java.util.List;

/**
 * Lists the guild's invites with their metadata (uses, creator, expiry). Maps "Get Guild Invites"
 * ({@code GET /guilds/{guild.id}/invites}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildInvites}.
 *
 * <pre>{@code
 * List<Invite> invites = client.guildInvites(guildId).send().model();
 * }</pre>
 */
public final class GetGuildInvites extends Request<List<Invite>> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildInvites} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildInvites(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_INVITES, BodyReader.listOf(Invite.class), guildId);
  }
}
