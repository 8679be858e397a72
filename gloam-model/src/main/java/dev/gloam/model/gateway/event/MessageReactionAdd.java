package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.message.reaction.ReactionType;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;
import java.util.Optional;

/**
 * A user reacted to a message. Maps Discord's "Message Reaction Add" event (events/gateway-events).
 *
 * @param userId who reacted
 * @param channelId the message's channel
 * @param messageId the message
 * @param guildId the guild, for guild channels
 * @param member the member who reacted, for guild channels
 * @param emoji the emoji of the reaction (partial: a Unicode emoji has only a name)
 * @param messageAuthorId who wrote the message, if known
 * @param burst whether this is a super reaction
 * @param burstColors the super reaction's animation colors as {@code #rrggbb}, for super reactions
 * @param type the kind of reaction
 */
public record MessageReactionAdd(
    Id<UserMarker> userId,
    Id<ChannelMarker> channelId,
    Id<MessageMarker> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member,
    Emoji emoji,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<UserMarker>> messageAuthorId,
    boolean burst,
    @JsonInclude(Include.NON_ABSENT) Optional<List<String>> burstColors,
    ReactionType type)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_REACTION_ADD;
  }
}
