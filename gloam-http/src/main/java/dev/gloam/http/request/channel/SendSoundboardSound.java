package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;

/**
 * Plays a soundboard sound in the voice channel the current user is connected to. Maps "Send
 * Soundboard Sound" ({@code POST /channels/{channel.id}/send-soundboard-sound},
 * resources/soundboard). Obtained from {@link dev.gloam.http.ChannelRequests#sendSoundboardSound}.
 *
 * <pre>{@code
 * client.sendSoundboardSound(voiceChannelId, soundId).sourceGuildId(otherGuildId).send();
 * }</pre>
 */
public final class SendSoundboardSound extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#sendSoundboardSound} instead.
   *
   * @param transport the client's transport
   * @param channelId the voice channel
   * @param soundId the sound to play
   */
  public SendSoundboardSound(
      Transport transport, Id<ChannelMarker> channelId, Id<SoundboardSoundMarker> soundId) {
    super(transport, Route.SEND_SOUNDBOARD_SOUND, BodyReader.empty(), channelId);
    soundId(soundId);
  }

  /**
   * Sets the sound to play.
   *
   * @param soundId the sound
   * @return this request
   */
  public SendSoundboardSound soundId(Id<SoundboardSoundMarker> soundId) {
    json().set("sound_id", soundId);
    return this;
  }

  /**
   * Sets the guild the sound belongs to, which Discord needs for a sound of another guild.
   *
   * @param sourceGuildId the sound's guild
   * @return this request
   */
  public SendSoundboardSound sourceGuildId(Id<GuildMarker> sourceGuildId) {
    json().set("source_guild_id", sourceGuildId);
    return this;
  }
}
