package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;
import java.util.Optional;

/**
 * Users joined or left a thread. Maps Discord's "Thread Members Update" event
 * (events/gateway-events). Without the {@code GUILD_MEMBERS} intent it is only sent when the bot
 * itself joins or leaves.
 *
 * @param id the thread
 * @param guildId the guild of the thread
 * @param memberCount about how many members the thread has, counting at most 50
 * @param addedMembers the users who joined, if any did
 * @param removedMemberIds the users who left, if any did
 */
public record ThreadMembersUpdate(
    Id<ChannelMarker> id,
    Id<GuildMarker> guildId,
    int memberCount,
    @JsonInclude(Include.NON_ABSENT) Optional<List<AddedMember>> addedMembers,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<UserMarker>>> removedMemberIds)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.THREAD_MEMBERS_UPDATE;
  }

  /**
   * A user who joined the thread: a thread member that, in this event, also carries the user's
   * guild member and presence.
   *
   * @param threadMember the thread member, whose fields (with {@code member}) are inlined
   * @param presence the user's presence, or empty (sent as {@code null}) when it is not known
   */
  public record AddedMember(
      @JsonUnwrapped ThreadMember threadMember, Optional<Presence> presence) {}
}
