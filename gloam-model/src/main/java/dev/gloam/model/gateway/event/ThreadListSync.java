package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;
import java.util.Optional;

/**
 * The bot gained access to one or more channels and receives their active threads. Maps Discord's
 * "Thread List Sync" event (events/gateway-events).
 *
 * @param guildId the guild
 * @param channelIds the parent channels whose threads are synced, possibly including channels
 *     without active threads (so their cached threads can be dropped); absent when the whole guild
 *     is synced
 * @param threads every active thread in those channels that the bot can see
 * @param members the bot's thread member objects, one for each synced thread it has joined
 */
public record ThreadListSync(
    Id<GuildMarker> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<ChannelMarker>>> channelIds,
    List<Channel> threads,
    List<ThreadMember> members)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.THREAD_LIST_SYNC;
  }
}
