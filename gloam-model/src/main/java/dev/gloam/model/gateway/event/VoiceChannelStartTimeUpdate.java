package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/**
 * A voice channel's session start time changed. Maps Discord's "Voice Channel Start Time Update"
 * event (events/gateway-events).
 *
 * @param id the voice channel
 * @param guildId the guild
 * @param voiceStartTime when the voice session started, in Unix seconds
 */
public record VoiceChannelStartTimeUpdate(
    Id<ChannelMarker> id,
    Id<GuildMarker> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Long> voiceStartTime)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.VOICE_CHANNEL_START_TIME_UPDATE;
  }
}
