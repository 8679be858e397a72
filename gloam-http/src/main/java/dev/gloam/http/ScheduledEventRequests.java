package dev.gloam.http;

import dev.gloam.http.request.scheduledevent.CreateGuildScheduledEvent;
import dev.gloam.http.request.scheduledevent.CreateGuildScheduledEventException;
import dev.gloam.http.request.scheduledevent.DeleteGuildScheduledEvent;
import dev.gloam.http.request.scheduledevent.DeleteGuildScheduledEventException;
import dev.gloam.http.request.scheduledevent.GetGuildScheduledEvent;
import dev.gloam.http.request.scheduledevent.GetGuildScheduledEventExceptionUsers;
import dev.gloam.http.request.scheduledevent.GetGuildScheduledEventUserCounts;
import dev.gloam.http.request.scheduledevent.GetGuildScheduledEventUsers;
import dev.gloam.http.request.scheduledevent.GetGuildScheduledEvents;
import dev.gloam.http.request.scheduledevent.UpdateGuildScheduledEvent;
import dev.gloam.http.request.scheduledevent.UpdateGuildScheduledEventException;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import java.time.Instant;

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

  /**
   * Gets the scheduled events of a guild that have not ended. Maps "List Scheduled Events for
   * Guild" ({@code GET /guilds/{guild.id}/scheduled-events}, resources/guild-scheduled-event).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetGuildScheduledEvents guildScheduledEvents(Id<GuildMarker> guildId) {
    return new GetGuildScheduledEvents(transport(), guildId);
  }

  /**
   * Gets one scheduled event of a guild. Maps "Get Guild Scheduled Event" ({@code GET
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
   * resources/guild-scheduled-event).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @return the request, to fill in and send
   */
  default GetGuildScheduledEvent guildScheduledEvent(
      Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    return new GetGuildScheduledEvent(transport(), guildId, eventId);
  }

  /**
   * Schedules an event in a guild: in a stage or voice channel, or somewhere else. Maps "Create
   * Guild Scheduled Event" ({@code POST /guilds/{guild.id}/scheduled-events},
   * resources/guild-scheduled-event).
   *
   * @param guildId the guild
   * @param name the name, 1 to 100 characters
   * @param entityType where the event takes place
   * @param scheduledStartTime when it starts
   * @return the request, to fill in and send
   */
  default CreateGuildScheduledEvent createGuildScheduledEvent(
      Id<GuildMarker> guildId,
      String name,
      GuildScheduledEventEntityType entityType,
      Instant scheduledStartTime) {
    return new CreateGuildScheduledEvent(
        transport(), guildId, name, entityType, scheduledStartTime);
  }

  /**
   * Changes a scheduled event, or starts, ends or cancels it through its status. Maps "Modify Guild
   * Scheduled Event" ({@code PATCH /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
   * resources/guild-scheduled-event).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @return the request, to fill in and send
   */
  default UpdateGuildScheduledEvent updateGuildScheduledEvent(
      Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    return new UpdateGuildScheduledEvent(transport(), guildId, eventId);
  }

  /**
   * Deletes a scheduled event of a guild. Maps "Delete Guild Scheduled Event" ({@code DELETE
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
   * resources/guild-scheduled-event).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @return the request, to fill in and send
   */
  default DeleteGuildScheduledEvent deleteGuildScheduledEvent(
      Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    return new DeleteGuildScheduledEvent(transport(), guildId, eventId);
  }

  /**
   * Gets the users subscribed to a scheduled event, a page at a time in the order of their ids.
   * Maps "Get Guild Scheduled Event Users" ({@code GET
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/users},
   * resources/guild-scheduled-event).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @return the request, to fill in and send
   */
  default GetGuildScheduledEventUsers guildScheduledEventUsers(
      Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    return new GetGuildScheduledEventUsers(transport(), guildId, eventId);
  }

  /**
   * Gets the users subscribed to one occurrence (an exception) of a recurring scheduled event. Maps
   * "List Guild Scheduled Event Exception Users" ({@code GET
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/{guild_scheduled_event_exception.id}/users},
   * OpenAPI description only).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param exceptionId the exception (one changed or canceled occurrence of a recurring event)
   * @return the request, to fill in and send
   */
  default GetGuildScheduledEventExceptionUsers guildScheduledEventExceptionUsers(
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Id<ScheduledEventExceptionMarker> exceptionId) {
    return new GetGuildScheduledEventExceptionUsers(transport(), guildId, eventId, exceptionId);
  }

  /**
   * Counts the users subscribed to a scheduled event and to some of its exceptions. Maps "Count
   * Guild Scheduled Event Users" ({@code GET
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/users/counts}, OpenAPI
   * description only).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @return the request, to fill in and send
   */
  default GetGuildScheduledEventUserCounts guildScheduledEventUserCounts(
      Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    return new GetGuildScheduledEventUserCounts(transport(), guildId, eventId);
  }

  /**
   * Moves or cancels one occurrence of a recurring scheduled event. Maps "Create Guild Scheduled
   * Event Exception" ({@code POST
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/exceptions}, OpenAPI description
   * only).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param originalScheduledStartTime the start the occurrence has under the rule, which identifies
   *     it
   * @return the request, to fill in and send
   */
  default CreateGuildScheduledEventException createGuildScheduledEventException(
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Instant originalScheduledStartTime) {
    return new CreateGuildScheduledEventException(
        transport(), guildId, eventId, originalScheduledStartTime);
  }

  /**
   * Changes how one occurrence of a recurring scheduled event differs from its rule. Maps "Modify
   * Guild Scheduled Event Exception" ({@code PATCH
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/exceptions/{exception.id}},
   * OpenAPI description only).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param exceptionId the exception (one changed or canceled occurrence of a recurring event)
   * @return the request, to fill in and send
   */
  default UpdateGuildScheduledEventException updateGuildScheduledEventException(
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Id<ScheduledEventExceptionMarker> exceptionId) {
    return new UpdateGuildScheduledEventException(transport(), guildId, eventId, exceptionId);
  }

  /**
   * Deletes an exception, so that the occurrence follows the event's rule again. Maps "Delete Guild
   * Scheduled Event Exception" ({@code DELETE
   * /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}/exceptions/{exception.id}},
   * OpenAPI description only).
   *
   * @param guildId the guild
   * @param eventId the scheduled event
   * @param exceptionId the exception (one changed or canceled occurrence of a recurring event)
   * @return the request, to fill in and send
   */
  default DeleteGuildScheduledEventException deleteGuildScheduledEventException(
      Id<GuildMarker> guildId,
      Id<ScheduledEventMarker> eventId,
      Id<ScheduledEventExceptionMarker> exceptionId) {
    return new DeleteGuildScheduledEventException(transport(), guildId, eventId, exceptionId);
  }
}
