package dev.gloam.http;

import dev.gloam.http.transport.Transport;

/**
 * Scheduled events of a guild, their exceptions and their subscribed users
 * (resources/guild-scheduled-event).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/scheduled-events}
 *   <li>{@code POST /guilds/{guild_id}/scheduled-events}
 *   <li>{@code DELETE /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}}
 *   <li>{@code GET /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}}
 *   <li>{@code POST /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions}
 *   <li>{@code DELETE
 *       /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}}
 *   <li>{@code PATCH
 *       /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/exceptions/{exception_id}}
 *   <li>{@code GET /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users}
 *   <li>{@code GET /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/users/counts}
 *   <li>{@code GET
 *       /guilds/{guild_id}/scheduled-events/{guild_scheduled_event_id}/{guild_scheduled_event_exception_id}/users}
 * </ul>
 */
public sealed interface ScheduledEventRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();
}
