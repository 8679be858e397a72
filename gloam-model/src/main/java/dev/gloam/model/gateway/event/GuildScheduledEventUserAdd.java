package dev.gloam.model.gateway.event;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * A user subscribed to a scheduled event. Maps Discord's "Guild Scheduled Event User Add" event
 * (events/gateway-events).
 *
 * @param guildScheduledEventId the scheduled event
 * @param userId the user
 * @param guildId the guild
 */
public record GuildScheduledEventUserAdd(
    Id<ScheduledEventMarker> guildScheduledEventId, Id<UserMarker> userId, Id<GuildMarker> guildId)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_SCHEDULED_EVENT_USER_ADD;
  }
}
