package dev.gloam.http.request.guild;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Lists the guild's channels, without threads. Maps "Get Guild Channels" ({@code GET
 * /guilds/{guild.id}/channels}, resources/guild). Obtained from {@link
 * dev.gloam.http.GuildRequests#guildChannels}.
 *
 * <pre>{@code
 * List<Channel> channels = client.guildChannels(guildId).send().model();
 * }</pre>
 */
public final class GetGuildChannels extends Request<List<Channel>> {
  /**
   * Creates the request; use {@link dev.gloam.http.GuildRequests#guildChannels} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildChannels(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_CHANNELS, BodyReader.listOf(Channel.class), guildId);
  }
}
