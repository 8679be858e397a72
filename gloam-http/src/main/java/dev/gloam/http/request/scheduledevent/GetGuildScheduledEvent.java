package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;

/**
 * Gets one scheduled event of a guild. Maps "Get Guild Scheduled Event" ({@code GET
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
 * resources/guild-scheduled-event). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#guildScheduledEvent}.
 *
 * <pre>{@code
 * GuildScheduledEvent event = client.guildScheduledEvent(guildId, eventId).send().model();
 * }</pre>
 */
public final class GetGuildScheduledEvent extends Request<GuildScheduledEvent> {
  /**
   * Creates the request; use {@link dev.gloam.http.ScheduledEventRequests#guildScheduledEvent}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   */
  public GetGuildScheduledEvent(
      Transport transport, Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    super(
        transport,
        Route.GET_GUILD_SCHEDULED_EVENT,
        BodyReader.of(GuildScheduledEvent.class),
        guildId,
        eventId);
  }

  /**
   * Sets whether the event carries its number of subscribed users.
   *
   * @param withUserCount {@code true} to include {@code user_count}
   * @return this request
   */
  public GetGuildScheduledEvent withUserCount(boolean withUserCount) {
    query().set("with_user_count", withUserCount);
    return this;
  }
}
