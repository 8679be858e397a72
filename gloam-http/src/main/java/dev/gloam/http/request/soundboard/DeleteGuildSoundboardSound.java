package dev.gloam.http.request.soundboard;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;

/**
 * Deletes a soundboard sound of a guild. Maps "Delete Guild Soundboard Sound" ({@code DELETE
 * /guilds/{guild.id}/soundboard-sounds/{sound.id}}, resources/soundboard). Obtained from {@link
 * dev.gloam.http.SoundboardRequests#deleteGuildSoundboardSound}.
 *
 * <pre>{@code
 * client.deleteGuildSoundboardSound(guildId, soundId).send();
 * }</pre>
 */
public final class DeleteGuildSoundboardSound extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.SoundboardRequests#deleteGuildSoundboardSound}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param soundId the sound
   */
  public DeleteGuildSoundboardSound(
      Transport transport, Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    super(transport, Route.DELETE_GUILD_SOUNDBOARD_SOUND, BodyReader.empty(), guildId, soundId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public DeleteGuildSoundboardSound reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
