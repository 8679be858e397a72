package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;

/**
 * A scheduled event was created in a guild. Maps Discord's "Guild Scheduled Event Create" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param scheduledEvent the new scheduled event
 */
public record GuildScheduledEventCreate(@JsonValue GuildScheduledEvent scheduledEvent)
    implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param scheduledEvent the new scheduled event
   * @return the event
   */
  @JsonCreator
  public static GuildScheduledEventCreate of(GuildScheduledEvent scheduledEvent) {
    return new GuildScheduledEventCreate(scheduledEvent);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_SCHEDULED_EVENT_CREATE;
  }
}
