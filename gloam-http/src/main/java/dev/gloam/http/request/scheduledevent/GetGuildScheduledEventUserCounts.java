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
import java.util.stream.Collectors;

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
   * Sets the exceptions whose subscribers to count as well, at most 10; they are sent as one
   * comma-separated parameter.
   *
   * @param guildScheduledEventExceptionIds the exceptions
   * @return this request
   */
  public GetGuildScheduledEventUserCounts guildScheduledEventExceptionIds(
      List<Id<ScheduledEventExceptionMarker>> guildScheduledEventExceptionIds) {
    List<Id<ScheduledEventExceptionMarker>> ids = List.copyOf(guildScheduledEventExceptionIds);
    query()
        .set(
            "guild_scheduled_event_exception_ids",
            ids.stream().map(Id::toString).collect(Collectors.joining(",")));
    check(() -> ScheduledEventChecks.exceptionIds(ids));
    return this;
  }
}
