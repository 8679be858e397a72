package dev.gloam.http.request.voice;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.voice.VoiceRegion;
import java.util.List;

/**
 * Gets the voice regions of a guild, with the optimal one for it and any custom ones. Maps "Get
 * Guild Voice Regions" ({@code GET /guilds/{guild.id}/regions}, resources/guild). Obtained from
 * {@link dev.gloam.http.VoiceRequests#guildVoiceRegions}.
 *
 * <pre>{@code
 * List<VoiceRegion> regions = client.guildVoiceRegions(guildId).send().model();
 * }</pre>
 */
public final class GetGuildVoiceRegions extends Request<List<VoiceRegion>> {
  /**
   * Creates the request; use {@link dev.gloam.http.VoiceRequests#guildVoiceRegions} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildVoiceRegions(Transport transport, Id<GuildMarker> guildId) {
    super(transport, Route.LIST_GUILD_VOICE_REGIONS, BodyReader.listOf(VoiceRegion.class), guildId);
  }
}
