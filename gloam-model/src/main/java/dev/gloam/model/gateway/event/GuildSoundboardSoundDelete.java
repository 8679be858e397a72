package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;

/**
 * A guild soundboard sound was deleted. Maps Discord's "Guild Soundboard Sound Delete" event
 * (events/gateway-events).
 *
 * @param soundId the deleted sound
 * @param guildId the guild it was in
 */
public record GuildSoundboardSoundDelete(Id<SoundboardSoundMarker> soundId, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_SOUNDBOARD_SOUND_DELETE;
  }
}
