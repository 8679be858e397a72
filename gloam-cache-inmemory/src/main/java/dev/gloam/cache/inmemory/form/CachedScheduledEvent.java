package dev.gloam.cache.inmemory.form;

import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventStatus;
import java.time.Instant;

/**
 * A guild's scheduled event as the cache keeps it (Discord: resources/guild-scheduled-event "Guild
 * Scheduled Event Object").
 *
 * <p>The cache reads the id, and counts subscribers through {@link #withUserCountChange}.
 */
public interface CachedScheduledEvent {

  /**
   * Returns the event's id.
   *
   * @return the id
   */
  long id();

  /**
   * Returns this event after a user subscribed (+1) or unsubscribed (-1). A form that keeps no
   * count returns itself, as this default does.
   *
   * @param change +1 or -1
   * @return the updated form
   */
  default CachedScheduledEvent withUserCountChange(int change) {
    return this;
  }

  /**
   * The standard form.
   *
   * @param id the id
   * @param channelId the channel it takes place in, or 0
   * @param creatorId who created it, or 0
   * @param name the name
   * @param description the description, or null
   * @param scheduledStartTime when it starts
   * @param scheduledEndTime when it ends, or null
   * @param status the status
   * @param entityType where it takes place
   * @param location the external location, or null
   * @param userCount how many users subscribed, or -1 when Discord has not said
   */
  record Standard(
      long id,
      long channelId,
      long creatorId,
      String name,
      String description,
      Instant scheduledStartTime,
      Instant scheduledEndTime,
      GuildScheduledEventStatus status,
      GuildScheduledEventEntityType entityType,
      String location,
      int userCount)
      implements CachedScheduledEvent {

    /**
     * Keeps a scheduled event's standard fields.
     *
     * @param event the event
     * @return the cached form
     */
    public static Standard of(GuildScheduledEvent event) {
      return new Standard(
          event.id().value(),
          Ids.orZero(event.channelId()),
          Ids.orZero(event.creatorId()),
          event.name(),
          event.description().orElse(null),
          event.scheduledStartTime(),
          event.scheduledEndTime().orElse(null),
          event.status(),
          event.entityType(),
          event.entityMetadata().flatMap(m -> m.location()).orElse(null),
          event.userCount().orElse(-1));
    }

    @Override
    public CachedScheduledEvent withUserCountChange(int change) {
      if (userCount < 0) {
        return this;
      }
      return new Standard(
          id,
          channelId,
          creatorId,
          name,
          description,
          scheduledStartTime,
          scheduledEndTime,
          status,
          entityType,
          location,
          Math.max(0, userCount + change));
    }
  }
}
