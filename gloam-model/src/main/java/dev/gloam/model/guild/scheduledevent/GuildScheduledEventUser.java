package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import java.util.Optional;

/**
 * A user subscribed to a scheduled event. Maps Discord's "Guild Scheduled Event User Object"
 * (resources/guild-scheduled-event), with the extra fields of the OpenAPI description's {@code
 * ScheduledEventUserResponse}.
 *
 * @param guildScheduledEventId the event the user subscribed to
 * @param user the subscribed user
 * @param member the user's membership in the event's guild; absent unless asked for or if the user
 *     is not a member
 * @param userId the subscribed user's id; listed only in the OpenAPI description
 * @param guildScheduledEventExceptionId the occurrence the subscription is for, or {@code null} for
 *     the whole event; listed only in the OpenAPI description
 * @param response whether the user is interested; listed only in the OpenAPI description
 */
public record GuildScheduledEventUser(
    Id<ScheduledEventMarker> guildScheduledEventId,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<UserMarker>> userId,
    @JsonInclude(Include.NON_ABSENT)
        Optional<Id<ScheduledEventExceptionMarker>> guildScheduledEventExceptionId,
    @JsonInclude(Include.NON_ABSENT) Optional<GuildScheduledEventUserResponse> response) {}
