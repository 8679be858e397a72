package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Optional;

/**
 * A user voted in a poll. Maps Discord's "Message Poll Vote Add" event (events/gateway-events).
 *
 * @param userId the voter
 * @param channelId the channel
 * @param messageId the poll's message
 * @param guildId the guild, for guild channels
 * @param answerId the answer voted for
 */
public record MessagePollVoteAdd(
    Id<UserMarker> userId,
    Id<ChannelMarker> channelId,
    Id<MessageMarker> messageId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    int answerId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.MESSAGE_POLL_VOTE_ADD;
  }
}
