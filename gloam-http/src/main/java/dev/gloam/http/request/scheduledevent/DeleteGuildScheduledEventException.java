package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;

/**
 * Deletes an exception, so that the occurrence follows the event's rule again. Maps "Delete Guild
 * Scheduled Event Exception" ({@code DELETE
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/exceptions/{exception.id}},
 * OpenAPI description only). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#deleteGuildScheduledEventException}.
 *
 * <pre>{@code
 * client.deleteGuildScheduledEventException(guildId, eventId, exceptionId).send();
 * }</pre>
 */
public final class DeleteGuildScheduledEventException extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#deleteGuildScheduledEventException} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param exceptionId the exception (one changed or canceled occurrence of a recurring event)
   */
  public DeleteGuildScheduledEventException(
      Transport transport,
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Id<ScheduledEventExceptionMarker> exceptionId) {
    super(
        transport,
        Route.DELETE_GUILD_SCHEDULED_EVENT_EXCEPTION,
        BodyReader.empty(),
        guildId,
        eventId,
        exceptionId);
  }
}
