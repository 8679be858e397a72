package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/**
 * A voice channel's status changed. Maps Discord's "Voice Channel Status Update" event
 * (events/gateway-events).
 *
 * @param id the voice channel
 * @param guildId the guild
 * @param status the new status, empty when cleared
 */
public record VoiceChannelStatusUpdate(
    Id<ChannelMarker> id, Id<GuildMarker> guildId, Optional<String> status) implements Event {
  @Override
  public EventType kind() {
    return EventType.VOICE_CHANNEL_STATUS_UPDATE;
  }
}
