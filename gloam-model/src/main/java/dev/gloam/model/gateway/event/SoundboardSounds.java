package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.soundboard.SoundboardSound;
import java.util.List;

/**
 * A guild's soundboard, the answer to a {@code REQUEST_SOUNDBOARD_SOUNDS} command. Maps Discord's
 * "Soundboard Sounds" event (events/gateway-events).
 *
 * @param soundboardSounds every sound of the guild's soundboard
 * @param guildId the guild
 */
public record SoundboardSounds(List<SoundboardSound> soundboardSounds, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.SOUNDBOARD_SOUNDS;
  }
}
