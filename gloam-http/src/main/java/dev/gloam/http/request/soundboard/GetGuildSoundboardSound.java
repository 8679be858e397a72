package dev.gloam.http.request.soundboard;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.soundboard.SoundboardSound;

/**
 * Gets one soundboard sound of a guild. Maps "Get Guild Soundboard Sound" ({@code GET
 * /guilds/{guild.id}/soundboard-sounds/{sound.id}}, resources/soundboard). Obtained from {@link
 * dev.gloam.http.SoundboardRequests#guildSoundboardSound}.
 *
 * <pre>{@code
 * SoundboardSound sound = client.guildSoundboardSound(guildId, soundId).send().model();
 * }</pre>
 */
public final class GetGuildSoundboardSound extends Request<SoundboardSound> {
  /**
   * Creates the request; use {@link dev.gloam.http.SoundboardRequests#guildSoundboardSound}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param soundId the sound
   */
  public GetGuildSoundboardSound(
      Transport transport, Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    super(
        transport,
        Route.GET_GUILD_SOUNDBOARD_SOUND,
        BodyReader.of(SoundboardSound.class),
        guildId,
        soundId);
  }
}
