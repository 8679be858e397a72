package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;

/**
 * A guild's scheduled event was removed. Maps Discord's "Guild Scheduled Event Delete" event
 * (events/gateway-events), whose {@code d} is the object itself.
 *
 * @param scheduledEvent the removed scheduled event
 */
public record GuildScheduledEventDelete(@JsonValue GuildScheduledEvent scheduledEvent)
    implements Event {
  /**
   * Wraps the object Discord sends as {@code d}.
   *
   * @param scheduledEvent the removed scheduled event
   * @return the event
   */
  @JsonCreator
  public static GuildScheduledEventDelete of(GuildScheduledEvent scheduledEvent) {
    return new GuildScheduledEventDelete(scheduledEvent);
  }

  @Override
  public EventType kind() {
    return EventType.GUILD_SCHEDULED_EVENT_DELETE;
  }
}
