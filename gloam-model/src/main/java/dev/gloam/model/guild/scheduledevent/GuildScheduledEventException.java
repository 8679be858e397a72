package dev.gloam.model.guild.scheduledevent;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import java.time.Instant;
import java.util.Optional;

/**
 * One occurrence of a recurring scheduled event that was moved or canceled. Maps the OpenAPI
 * description's {@code GuildScheduledEventExceptionResponse}; Discord's prose docs do not describe
 * it yet.
 *
 * @param eventId the recurring event the exception belongs to
 * @param eventExceptionId the exception's id
 * @param scheduledStartTime the occurrence's new start, or {@code null} if it keeps its own
 * @param scheduledEndTime the occurrence's new end, or {@code null} if it keeps its own
 * @param canceled whether the occurrence is called off
 */
public record GuildScheduledEventException(
    Id<ScheduledEventMarker> eventId,
    Id<ScheduledEventExceptionMarker> eventExceptionId,
    Optional<Instant> scheduledStartTime,
    Optional<Instant> scheduledEndTime,
    @JsonProperty("is_canceled") boolean canceled) {}
