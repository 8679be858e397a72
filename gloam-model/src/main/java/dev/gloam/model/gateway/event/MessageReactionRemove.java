package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.reaction.ReactionType;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Optional;

/**
 * A user took back their reaction to a message. Maps Discord's "Message Reaction Remove" event
 * (events/gateway-events).
 *
 * @param userId whose reaction was removed
 * @param channelId the message's channel
 * @param messageId the message
 * @param guildId the guild, for guild channels
 * @param emoji the emoji of the reaction (partial: a Unicode emoji has only a name)
 * @param burst whether it was a super reaction
 * @param type the kind of reaction
 */
public record MessageReactionRemove(
    Id<UserMarker> userId,
    Id<ChannelMarker> channelId,
    Id<MessageMarker> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Emoji emoji,
    boolean burst,
    ReactionType type)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_REACTION_REMOVE;
  }
}
