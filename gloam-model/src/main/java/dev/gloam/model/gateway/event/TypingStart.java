package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.Optional;

/**
 * A user started typing in a channel. Maps Discord's "Typing Start" event (events/gateway-events).
 *
 * @param channelId the channel
 * @param guildId the guild, for guild channels
 * @param userId the typing user
 * @param timestamp when typing started, in Unix seconds
 * @param member the typing member, in guilds
 */
public record TypingStart(
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Id<UserMarker> userId,
    long timestamp,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.TYPING_START;
  }
}
