package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.List;
import java.util.Optional;

/**
 * Several messages were deleted at once. Maps Discord's "Message Delete Bulk" event
 * (events/gateway-events).
 *
 * @param ids the deleted messages
 * @param channelId the channel they were in
 * @param guildId the guild, for guild channels
 */
public record MessageDeleteBulk(
    List<Id<MessageMarker>> ids,
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_DELETE_BULK;
  }
}
