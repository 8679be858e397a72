package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * The bot's own membership of a thread changed. Maps Discord's "Thread Member Update" event
 * (events/gateway-events), whose {@code d} is a thread member with an extra {@code guild_id}.
 *
 * @param member the bot's thread member object, whose fields are inlined in {@code d}
 * @param guildId the guild of the thread
 */
public record ThreadMemberUpdate(@JsonUnwrapped ThreadMember member, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.THREAD_MEMBER_UPDATE;
  }
}
