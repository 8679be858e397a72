package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;
import java.util.Optional;

/**
 * Short-lived state of a guild's channels, the answer to a {@code REQUEST_CHANNEL_INFO} command.
 * Maps Discord's "Channel Info Structure" (events/gateway-events).
 *
 * @param guildId the guild
 * @param channels the state of each channel
 */
public record ChannelInfo(Id<GuildMarker> guildId, List<InfoChannel> channels) implements Event {
  @Override
  public EventType kind() {
    return EventType.CHANNEL_INFO;
  }

  /**
   * The short-lived state of one channel. Maps Discord's "Channel Info Channel Structure"
   * (events/gateway-events).
   *
   * @param id the channel
   * @param status the voice channel's status text, if it has one
   * @param voiceStartTime when the channel's voice session started, in Unix seconds, if one is
   *     running
   */
  public record InfoChannel(
      Id<ChannelMarker> id,
      @JsonInclude(Include.NON_ABSENT) Optional<String> status,
      @JsonInclude(Include.NON_ABSENT) Optional<Long> voiceStartTime) {}
}
