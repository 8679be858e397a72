package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.soundboard.SoundboardSound;
import java.util.List;

/**
 * Several sounds of a guild's soundboard changed at once. Maps Discord's "Guild Soundboard Sounds
 * Update" event (events/gateway-events).
 *
 * @param soundboardSounds the guild's soundboard sounds
 * @param guildId the guild
 */
public record GuildSoundboardSoundsUpdate(
    List<SoundboardSound> soundboardSounds, Id<GuildMarker> guildId) implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_SOUNDBOARD_SOUNDS_UPDATE;
  }
}
