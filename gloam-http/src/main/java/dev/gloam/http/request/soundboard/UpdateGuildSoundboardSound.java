package dev.gloam.http.request.soundboard;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.soundboard.SoundboardSound;
import dev.gloam.validate.soundboard.SoundboardChecks;

/**
 * Changes the name, volume or emoji of a guild's soundboard sound. Maps "Modify Guild Soundboard
 * Sound" ({@code PATCH /guilds/{guild.id}/soundboard-sounds/{sound.id}}, resources/soundboard).
 * Obtained from {@link dev.gloam.http.SoundboardRequests#updateGuildSoundboardSound}.
 *
 * <pre>{@code
 * client.updateGuildSoundboardSound(guildId, soundId).volume(0.8).emojiName(null).send();
 * }</pre>
 */
public final class UpdateGuildSoundboardSound extends Request<SoundboardSound> {
  /**
   * Creates the request; use {@link dev.gloam.http.SoundboardRequests#updateGuildSoundboardSound}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param soundId the sound
   */
  public UpdateGuildSoundboardSound(
      Transport transport, Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    super(
        transport,
        Route.UPDATE_GUILD_SOUNDBOARD_SOUND,
        BodyReader.of(SoundboardSound.class),
        guildId,
        soundId);
  }

  /**
   * Sets the name, 2 to 32 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuildSoundboardSound name(String name) {
    json().set("name", name);
    check(() -> SoundboardChecks.name(name));
    return this;
  }

  /**
   * Sets the volume the sound plays at, from 0 to 1 (Discord's default is 1).
   *
   * @param volume the volume, or {@code null} for the default
   * @return this request
   */
  public UpdateGuildSoundboardSound volume(Double volume) {
    json().set("volume", volume);
    check(() -> SoundboardChecks.volume(volume));
    return this;
  }

  /**
   * Sets the guild's custom emoji shown with the sound; use {@link #emojiName} for a standard emoji
   * instead.
   *
   * @param emojiId the emoji, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuildSoundboardSound emojiId(Id<EmojiMarker> emojiId) {
    json().set("emoji_id", emojiId);
    return this;
  }

  /**
   * Sets the standard emoji shown with the sound, as its Unicode characters.
   *
   * @param emojiName the emoji, 1 to 32 characters, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuildSoundboardSound emojiName(String emojiName) {
    json().set("emoji_name", emojiName);
    check(() -> SoundboardChecks.emojiName(emojiName));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildSoundboardSound reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
