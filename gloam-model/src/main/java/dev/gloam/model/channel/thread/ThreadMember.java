package dev.gloam.model.channel.thread;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.Optional;

/**
 * A user who joined a thread. Maps Discord's "Thread Member Object" (resources/channel).
 *
 * @param id the thread; absent for the members sent inside {@code GUILD_CREATE}
 * @param userId the user; absent for the members sent inside {@code GUILD_CREATE}
 * @param joinTimestamp when the user last joined the thread
 * @param flags the user's settings for the thread, used for notifications; Discord does not
 *     document the bits
 * @param member the user's guild member, sent only when asked for with {@code with_member}
 */
public record ThreadMember(
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> id,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<UserMarker>> userId,
    Instant joinTimestamp,
    int flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member) {}
