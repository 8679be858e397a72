package dev.gloam.http.request.soundboard;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.soundboard.SoundboardSound;
import dev.gloam.validate.soundboard.SoundboardChecks;

/**
 * Uploads a soundboard sound to a guild. Maps "Create Guild Soundboard Sound" ({@code POST
 * /guilds/{guild.id}/soundboard-sounds}, resources/soundboard). Obtained from {@link
 * dev.gloam.http.SoundboardRequests#createGuildSoundboardSound}.
 *
 * <pre>{@code
 * SoundboardSound sound =
 *     client
 *         .createGuildSoundboardSound(guildId, "airhorn", DataUri.ogg(bytes))
 *         .volume(0.5)
 *         .emojiName("📯")
 *         .send()
 *         .model();
 * }</pre>
 */
public final class CreateGuildSoundboardSound extends Request<SoundboardSound> {
  /**
   * Creates the request; use {@link dev.gloam.http.SoundboardRequests#createGuildSoundboardSound}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the name, 2 to 32 characters
   * @param sound the sound, at most 512 KiB
   */
  public CreateGuildSoundboardSound(
      Transport transport, Id<GuildMarker> guildId, String name, DataUri sound) {
    super(
        transport,
        Route.CREATE_GUILD_SOUNDBOARD_SOUND,
        BodyReader.of(SoundboardSound.class),
        guildId);
    name(name);
    sound(sound);
  }

  /**
   * Sets the name, 2 to 32 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateGuildSoundboardSound name(String name) {
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
  public CreateGuildSoundboardSound volume(Double volume) {
    json().set("volume", volume);
    check(() -> SoundboardChecks.volume(volume));
    return this;
  }

  /**
   * Sets the guild's custom emoji shown with the sound; use {@link #emojiName} for a standard emoji
   * instead.
   *
   * @param emojiId the emoji
   * @return this request
   */
  public CreateGuildSoundboardSound emojiId(Id<EmojiMarker> emojiId) {
    json().set("emoji_id", emojiId);
    return this;
  }

  /**
   * Sets the standard emoji shown with the sound, as its Unicode characters.
   *
   * @param emojiName the emoji, 1 to 32 characters
   * @return this request
   */
  public CreateGuildSoundboardSound emojiName(String emojiName) {
    json().set("emoji_name", emojiName);
    check(() -> SoundboardChecks.emojiName(emojiName));
    return this;
  }

  /**
   * Sets the sound: an MP3 or Ogg file of at most 512 KiB and 5.2 seconds.
   *
   * @param sound the sound as a data URI
   * @return this request
   */
  public CreateGuildSoundboardSound sound(DataUri sound) {
    json().set("sound", sound.uri());
    check(() -> SoundboardChecks.sound(sound.size()));
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildSoundboardSound reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
