package dev.gloam.http;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.soundboard.CreateGuildSoundboardSound;
import dev.gloam.http.request.soundboard.DeleteGuildSoundboardSound;
import dev.gloam.http.request.soundboard.GetGuildSoundboardSound;
import dev.gloam.http.request.soundboard.GetGuildSoundboardSounds;
import dev.gloam.http.request.soundboard.GetSoundboardDefaultSounds;
import dev.gloam.http.request.soundboard.UpdateGuildSoundboardSound;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;

/**
 * Soundboard sounds: those of a guild and Discord's default sounds (resources/soundboard).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/soundboard-sounds}
 *   <li>{@code POST /guilds/{guild_id}/soundboard-sounds}
 *   <li>{@code DELETE /guilds/{guild_id}/soundboard-sounds/{sound_id}}
 *   <li>{@code GET /guilds/{guild_id}/soundboard-sounds/{sound_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/soundboard-sounds/{sound_id}}
 *   <li>{@code GET /soundboard-default-sounds}
 * </ul>
 */
public sealed interface SoundboardRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the soundboard sounds of a guild. Maps "List Guild Soundboard Sounds" ({@code GET
   * /guilds/{guild.id}/soundboard-sounds}, resources/soundboard).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetGuildSoundboardSounds guildSoundboardSounds(Id<GuildMarker> guildId) {
    return new GetGuildSoundboardSounds(transport(), guildId);
  }

  /**
   * Gets one soundboard sound of a guild. Maps "Get Guild Soundboard Sound" ({@code GET
   * /guilds/{guild.id}/soundboard-sounds/{sound.id}}, resources/soundboard).
   *
   * @param guildId the guild
   * @param soundId the sound
   * @return the request, to fill in and send
   */
  default GetGuildSoundboardSound guildSoundboardSound(
      Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    return new GetGuildSoundboardSound(transport(), guildId, soundId);
  }

  /**
   * Uploads a soundboard sound to a guild. Maps "Create Guild Soundboard Sound" ({@code POST
   * /guilds/{guild.id}/soundboard-sounds}, resources/soundboard).
   *
   * @param guildId the guild
   * @param name the name, 2 to 32 characters
   * @param sound the sound, at most 512 KiB
   * @return the request, to fill in and send
   */
  default CreateGuildSoundboardSound createGuildSoundboardSound(
      Id<GuildMarker> guildId, String name, DataUri sound) {
    return new CreateGuildSoundboardSound(transport(), guildId, name, sound);
  }

  /**
   * Changes the name, volume or emoji of a guild's soundboard sound. Maps "Modify Guild Soundboard
   * Sound" ({@code PATCH /guilds/{guild.id}/soundboard-sounds/{sound.id}}, resources/soundboard).
   *
   * @param guildId the guild
   * @param soundId the sound
   * @return the request, to fill in and send
   */
  default UpdateGuildSoundboardSound updateGuildSoundboardSound(
      Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    return new UpdateGuildSoundboardSound(transport(), guildId, soundId);
  }

  /**
   * Deletes a soundboard sound of a guild. Maps "Delete Guild Soundboard Sound" ({@code DELETE
   * /guilds/{guild.id}/soundboard-sounds/{sound.id}}, resources/soundboard).
   *
   * @param guildId the guild
   * @param soundId the sound
   * @return the request, to fill in and send
   */
  default DeleteGuildSoundboardSound deleteGuildSoundboardSound(
      Id<GuildMarker> guildId, Id<SoundboardSoundMarker> soundId) {
    return new DeleteGuildSoundboardSound(transport(), guildId, soundId);
  }

  /**
   * Gets the sounds every user may play from the soundboard. Maps "List Default Soundboard Sounds"
   * ({@code GET /soundboard-default-sounds}, resources/soundboard).
   *
   * @return the request, to fill in and send
   */
  default GetSoundboardDefaultSounds soundboardDefaultSounds() {
    return new GetSoundboardDefaultSounds(transport());
  }
}
