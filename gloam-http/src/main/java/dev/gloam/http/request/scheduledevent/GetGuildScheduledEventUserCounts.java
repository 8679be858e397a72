package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventUserCounts;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.util.List;

/**
 * Counts the users subscribed to a scheduled event and to some of its exceptions. Maps "Count Guild
 * Scheduled Event Users" ({@code GET
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/users/counts}, OpenAPI description
 * only). Obtained from {@link dev.gloam.http.ScheduledEventRequests#guildScheduledEventUserCounts}.
 *
 * <pre>{@code
 * int subscribers =
 *     client.guildScheduledEventUserCounts(guildId, eventId).send().model().guildScheduledEventCount();
 * }</pre>
 */
public final class GetGuildScheduledEventUserCounts extends Request<GuildScheduledEventUserCounts> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#guildScheduledEventUserCounts} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   */
  public GetGuildScheduledEventUserCounts(
      Transport transport, Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    super(
        transport,
        Route.COUNT_GUILD_SCHEDULED_EVENT_USERS,
        BodyReader.of(GuildScheduledEventUserCounts.class),
        guildId,
        eventId);
  }

  /**
   * Sets the exceptions whose subscribers to count as well, at most 10; each is sent as its own
   * {@code guild_scheduled_event_exception_ids} parameter, as the description's array parameters
   * are.
   *
   * @param guildScheduledEventExceptionIds the exceptions
   * @return this request
   */
  public GetGuildScheduledEventUserCounts guildScheduledEventExceptionIds(
      List<Id<ScheduledEventExceptionMarker>> guildScheduledEventExceptionIds) {
    List<Id<ScheduledEventExceptionMarker>> ids = List.copyOf(guildScheduledEventExceptionIds);
    query().setAll("guild_scheduled_event_exception_ids", ids);
    check(() -> ScheduledEventChecks.exceptionIds(ids));
    return this;
  }
}
