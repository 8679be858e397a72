package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * Gets the scheduled events of a guild that have not ended. Maps "List Scheduled Events for Guild"
 * ({@code GET /guilds/{guild.id}/scheduled-events}, resources/guild-scheduled-event). Obtained from
 * {@link dev.gloam.http.ScheduledEventRequests#guildScheduledEvents}.
 *
 * <pre>{@code
 * List<GuildScheduledEvent> events = client.guildScheduledEvents(guildId).withUserCount(true).send().model();
 * }</pre>
 */
public final class GetGuildScheduledEvents extends Request<List<GuildScheduledEvent>> {
  /**
   * Creates the request; use {@link dev.gloam.http.ScheduledEventRequests#guildScheduledEvents}
   * instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   */
  public GetGuildScheduledEvents(Transport transport, Id<GuildMarker> guildId) {
    super(
        transport,
        Route.LIST_GUILD_SCHEDULED_EVENTS,
        BodyReader.listOf(GuildScheduledEvent.class),
        guildId);
  }

  /**
   * Sets whether each event carries its number of subscribed users.
   *
   * @param withUserCount {@code true} to include {@code user_count}
   * @return this request
   */
  public GetGuildScheduledEvents withUserCount(boolean withUserCount) {
    query().set("with_user_count", withUserCount);
    return this;
  }
}
