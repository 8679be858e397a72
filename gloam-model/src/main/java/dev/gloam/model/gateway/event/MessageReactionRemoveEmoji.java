package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import java.util.Optional;

/**
 * All reactions with one emoji were removed from a message. Maps Discord's "Message Reaction Remove
 * Emoji" event (events/gateway-events).
 *
 * @param channelId the channel
 * @param guildId the guild, for guild channels
 * @param messageId the message
 * @param emoji the removed emoji (partial)
 */
public record MessageReactionRemoveEmoji(
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Id<MessageMarker> messageId,
    Emoji emoji)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_REACTION_REMOVE_EMOJI;
  }
}
