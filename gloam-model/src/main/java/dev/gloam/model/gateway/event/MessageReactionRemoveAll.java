package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.Optional;

/**
 * All reactions were removed from a message. Maps Discord's "Message Reaction Remove All" event
 * (events/gateway-events).
 *
 * @param channelId the channel
 * @param messageId the message
 * @param guildId the guild, for guild channels
 */
public record MessageReactionRemoveAll(
    Id<ChannelMarker> channelId,
    Id<MessageMarker> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_REACTION_REMOVE_ALL;
  }
}
