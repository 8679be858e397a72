package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An event planned in a guild, in a stage or voice channel or somewhere else. Maps Discord's "Guild
 * Scheduled Event Object" (resources/guild-scheduled-event).
 *
 * <p>Which of {@code channelId}, {@code entityMetadata} and {@code scheduledEndTime} are set
 * depends on {@code entityType}: stage and voice events name a channel and have no metadata;
 * external events have no channel, but a location and an end time.
 *
 * @param id the event's id
 * @param guildId the guild the event belongs to
 * @param channelId the channel the event is held in; {@code null} for external events
 * @param creatorId the user who created the event; {@code null} for events older than October 2021,
 *     and absent in some payloads
 * @param name the event's name (1 to 100 characters)
 * @param description the event's description (1 to 1000 characters); absent or {@code null} if it
 *     has none
 * @param scheduledStartTime when the event starts
 * @param scheduledEndTime when the event ends; always set for external events, else may be {@code
 *     null}
 * @param privacyLevel who can see the event
 * @param status where the event is in its life
 * @param entityType where the event takes place
 * @param entityId the id of the thing hosting the event, such as a stage instance; {@code null} if
 *     there is none
 * @param entityMetadata more about where the event takes place; {@code null} unless it is external
 * @param creator the user who created the event; absent for old events and in some payloads
 * @param userCount how many users are subscribed; sent only when asked for
 * @param image the cover image's hash; absent or {@code null} if the event has none
 * @param recurrenceRule how the event repeats; {@code null} for a one-off event
 * @param guildScheduledEventExceptions the occurrences of a recurring event that were moved or
 *     canceled; listed only in the OpenAPI description, absent when not sent
 * @param userRsvp the current user's subscription to the event, when the payload includes it;
 *     listed only in the OpenAPI description
 */
public record GuildScheduledEvent(
    Id<ScheduledEventMarker> id,
    Id<GuildMarker> guildId,
    Optional<Id<ChannelMarker>> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<UserMarker>> creatorId,
    String name,
    @JsonInclude(Include.NON_ABSENT) Optional<String> description,
    Instant scheduledStartTime,
    Optional<Instant> scheduledEndTime,
    GuildScheduledEventPrivacyLevel privacyLevel,
    GuildScheduledEventStatus status,
    GuildScheduledEventEntityType entityType,
    Optional<Id<GenericMarker>> entityId,
    Optional<EntityMetadata> entityMetadata,
    @JsonInclude(Include.NON_ABSENT) Optional<User> creator,
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> userCount,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> image,
    Optional<RecurrenceRule> recurrenceRule,
    @JsonInclude(Include.NON_ABSENT)
        Optional<List<GuildScheduledEventException>> guildScheduledEventExceptions,
    @JsonInclude(Include.NON_ABSENT) Optional<GuildScheduledEventUser> userRsvp) {}
