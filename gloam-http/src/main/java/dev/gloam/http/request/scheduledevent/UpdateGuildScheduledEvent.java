package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventStatus;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.validate.Check;

/**
 * Changes a scheduled event, or starts, ends or cancels it through its status. Only the fields set
 * are sent; a description, image or end time set to {@code null} is cleared. Maps "Modify Guild
 * Scheduled Event" ({@code PATCH /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
 * resources/guild-scheduled-event). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#updateGuildScheduledEvent}.
 *
 * <pre>{@code
 * client.updateGuildScheduledEvent(guildId, eventId).status(GuildScheduledEventStatus.ACTIVE).send();
 * }</pre>
 */
public final class UpdateGuildScheduledEvent
    extends GuildScheduledEventFields<UpdateGuildScheduledEvent> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#updateGuildScheduledEvent} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param eventId the scheduled event
   */
  public UpdateGuildScheduledEvent(
      Transport transport, Id<GuildMarker> guildId, Id<ScheduledEventMarker> eventId) {
    super(transport, Route.UPDATE_GUILD_SCHEDULED_EVENT, guildId, eventId);
  }

  @Override
  UpdateGuildScheduledEvent self() {
    return this;
  }

  /**
   * Changes the status: a scheduled event may become active or canceled, an active one completed;
   * Discord refuses other transitions.
   *
   * @param status the new status
   * @return this request
   */
  public UpdateGuildScheduledEvent status(GuildScheduledEventStatus status) {
    json().set("status", status);
    return this;
  }

  /** A change that leaves the entity type out has nothing to check the channel and location by. */
  @Override
  void checkEntity(GuildScheduledEventEntityType entityType) {
    if (entityType != null) {
      if (GuildScheduledEventEntityType.EXTERNAL.equals(entityType) && !json().has("channel_id")) {
        // Discord wants the channel cleared explicitly when an event moves out of its channel.
        Check.required("channel_id", null, "set it to null when an event becomes external");
      }
      super.checkEntity(entityType);
    }
  }
}
