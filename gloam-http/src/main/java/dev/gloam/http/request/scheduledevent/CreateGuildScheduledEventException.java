package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventException;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.time.Instant;

/**
 * Moves or cancels one occurrence of a recurring scheduled event. Maps "Create Guild Scheduled
 * Event Exception" ({@code POST
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/exceptions}, OpenAPI description
 * only). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#createGuildScheduledEventException}.
 *
 * <pre>{@code
 * client.createGuildScheduledEventException(guildId, eventId, nextWeek).isCanceled(true).send();
 * }</pre>
 */
public final class CreateGuildScheduledEventException
    extends Request<GuildScheduledEventException> {
  private Instant scheduledStartTime;
  private Instant scheduledEndTime;

  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#createGuildScheduledEventException} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param originalScheduledStartTime the start the occurrence has under the rule, which identifies
   *     it
   */
  public CreateGuildScheduledEventException(
      Transport transport,
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Instant originalScheduledStartTime) {
    super(
        transport,
        Route.CREATE_GUILD_SCHEDULED_EVENT_EXCEPTION,
        BodyReader.of(GuildScheduledEventException.class),
        guildId,
        eventId);
    originalScheduledStartTime(originalScheduledStartTime);
  }

  /**
   * Sets the start the occurrence has under the event's recurrence rule, which identifies it.
   *
   * @param originalScheduledStartTime the occurrence's original start
   * @return this request
   */
  public CreateGuildScheduledEventException originalScheduledStartTime(
      Instant originalScheduledStartTime) {
    json().set("original_scheduled_start_time", originalScheduledStartTime);
    return this;
  }

  /**
   * Moves the occurrence to a new start.
   *
   * @param scheduledStartTime the new start, or {@code null} to keep the rule's
   * @return this request
   */
  public CreateGuildScheduledEventException scheduledStartTime(Instant scheduledStartTime) {
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
  public CreateGuildScheduledEventException scheduledEndTime(Instant scheduledEndTime) {
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
  public CreateGuildScheduledEventException isCanceled(boolean isCanceled) {
    json().set("is_canceled", isCanceled);
    return this;
  }

  @Override
  protected void validate() {
    ScheduledEventChecks.times(scheduledStartTime, scheduledEndTime);
  }
}
