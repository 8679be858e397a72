package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventException;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.time.Instant;

/**
 * Changes how one occurrence of a recurring scheduled event differs from its rule. Maps "Modify
 * Guild Scheduled Event Exception" ({@code PATCH
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/exceptions/{exception.id}},
 * OpenAPI description only). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#updateGuildScheduledEventException}.
 *
 * <pre>{@code
 * client.updateGuildScheduledEventException(guildId, eventId, exceptionId).isCanceled(false).send();
 * }</pre>
 */
public final class UpdateGuildScheduledEventException
    extends Request<GuildScheduledEventException> {
  private Instant scheduledStartTime;
  private Instant scheduledEndTime;

  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#updateGuildScheduledEventException} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param exceptionId the exception (one changed or canceled occurrence of a recurring event)
   */
  public UpdateGuildScheduledEventException(
      Transport transport,
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Id<ScheduledEventExceptionMarker> exceptionId) {
    super(
        transport,
        Route.UPDATE_GUILD_SCHEDULED_EVENT_EXCEPTION,
        BodyReader.of(GuildScheduledEventException.class),
        guildId,
        eventId,
        exceptionId);
  }

  /**
   * Moves the occurrence to a new start.
   *
   * @param scheduledStartTime the new start, or {@code null} to keep the rule's
   * @return this request
   */
  public UpdateGuildScheduledEventException scheduledStartTime(Instant scheduledStartTime) {
    json().set("scheduled_start_time", scheduledStartTime);
    this.scheduledStartTime = scheduledStartTime;
    return this;
  }

  /**
   * Moves the occurrence's end.
   *
   * @param scheduledEndTime the new end, or {@code null} to keep the rule's
   * @return this request
   */
  public UpdateGuildScheduledEventException scheduledEndTime(Instant scheduledEndTime) {
    json().set("scheduled_end_time", scheduledEndTime);
    this.scheduledEndTime = scheduledEndTime;
    return this;
  }

  /**
   * Sets whether the occurrence is called off.
   *
   * @param isCanceled {@code true} to cancel it
   * @return this request
   */
  public UpdateGuildScheduledEventException isCanceled(boolean isCanceled) {
    json().set("is_canceled", isCanceled);
    return this;
  }

  @Override
  protected void validate() {
    ScheduledEventChecks.times(scheduledStartTime, scheduledEndTime);
  }
}
