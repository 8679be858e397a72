package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.Optional;

/**
 * A message was deleted. Maps Discord's "Message Delete" event (events/gateway-events).
 *
 * @param id the deleted message
 * @param channelId the channel it was in
 * @param guildId the guild, for guild messages
 */
public record MessageDelete(
    Id<MessageMarker> id,
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_DELETE;
  }
}
