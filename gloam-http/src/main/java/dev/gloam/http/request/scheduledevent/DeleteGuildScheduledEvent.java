package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;

/**
 * Deletes a scheduled event of a guild. Maps "Delete Guild Scheduled Event" ({@code DELETE
 * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
 * resources/guild-scheduled-event). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#deleteGuildScheduledEvent}.
 *
 * <pre>{@code
 * client.deleteGuildScheduledEvent(guildId, eventId).send();
 * }</pre>
 */
public final class DeleteGuildScheduledEvent extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#deleteGuildScheduledEvent} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   */
  public DeleteGuildScheduledEvent(
      Transport transport, Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    super(transport, Route.DELETE_GUILD_SCHEDULED_EVENT, BodyReader.empty(), guildId, eventId);
  }
}
