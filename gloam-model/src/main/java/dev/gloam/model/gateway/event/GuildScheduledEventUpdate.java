package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;

/**
 * A guild's scheduled event changed, for example it started or ended. Maps Discord's "Guild
 * Scheduled Event Update" event (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param scheduledEvent the scheduled event as it is now
 */
public record GuildScheduledEventUpdate(@JsonValue GuildScheduledEvent scheduledEvent)
    implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param scheduledEvent the scheduled event as it is now
   * @return the event
   */
  @JsonCreator
  public static GuildScheduledEventUpdate of(GuildScheduledEvent scheduledEvent) {
    return new GuildScheduledEventUpdate(scheduledEvent);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_SCHEDULED_EVENT_UPDATE;
  }
}
