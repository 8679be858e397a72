package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.time.Instant;
import java.util.Optional;

/**
 * A message was pinned or unpinned (not sent when a pinned message is deleted). Maps Discord's
 * "Channel Pins Update" event (events/gateway-events).
 *
 * @param guildId the guild, for guild channels
 * @param channelId the channel
 * @param lastPinTimestamp when the latest pin happened; empty when there are no pins left
 */
public record ChannelPinsUpdate(
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> lastPinTimestamp)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.CHANNEL_PINS_UPDATE;
  }
}
