package dev.gloam.http.request.soundboard;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.soundboard.SoundboardSoundList;

/**
 * Gets the soundboard sounds of a guild. Maps "List Guild Soundboard Sounds" ({@code GET
 * /guilds/{guild.id}/soundboard-sounds}, resources/soundboard). Obtained from {@link
 * dev.gloam.http.SoundboardRequests#guildSoundboardSounds}.
 *
 * <pre>{@code
 * List<SoundboardSound> sounds = client.guildSoundboardSounds(guildId).send().model().items();
 * }</pre>
 */
public final class GetGuildSoundboardSounds extends Request<SoundboardSoundList> {
  /**
   * Creates the request; use {@link dev.gloam.http.SoundboardRequests#guildSoundboardSounds}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildSoundboardSounds(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.LIST_GUILD_SOUNDBOARD_SOUNDS,
        BodyReader.of(SoundboardSoundList.class),
        guildId);
  }
}
