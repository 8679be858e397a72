package dev.gloam.validate.scheduledevent;

import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.validate.Check;
import dev.gloam.validate.ValidationException;
import java.time.Instant;
import java.util.Collection;

/**
 * Checks of the fields of guild scheduled events (resources/guild-scheduled-event: a name of 1 to
 * 100 characters, a description of 1 to 1000, a location of 1 to 100; "Field Requirements By Entity
 * Type": stage and voice events need a channel, external events a location and an end time, and no
 * channel).
 */
public final class ScheduledEventChecks {
  /** The fewest characters a name may have. */
  public static final int NAME_MIN = 1;

  /** The most characters a name may have. */
  public static final int NAME_MAX = 100;

  /** The fewest characters a description may have. */
  public static final int DESCRIPTION_MIN = 1;

  /** The most characters a description may have. */
  public static final int DESCRIPTION_MAX = 1000;

  /** The fewest characters the location of an external event may have. */
  public static final int LOCATION_MIN = 1;

  /** The most characters the location of an external event may have. */
  public static final int LOCATION_MAX = 100;

  /** The fewest users a page of subscribers may ask for. */
  public static final int USERS_LIMIT_MIN = 1;

  /** The most users a page of subscribers may ask for. */
  public static final int USERS_LIMIT_MAX = 100;

  /** The most exceptions whose subscribers may be counted at once. */
  public static final int EXCEPTION_IDS_MAX = 10;

  private ScheduledEventChecks() {}

  /**
   * Checks an event's name.
   *
   * @param name the name, or {@code null} if absent
   * @throws ValidationException if it is empty or longer than {@value #NAME_MAX} characters
   */
  public static void name(String name) {
    Check.length("name", name, NAME_MIN, NAME_MAX);
  }

  /**
   * Checks an event's description.
   *
   * @param description the description, or {@code null} if absent or cleared
   * @throws ValidationException if it is empty or longer than {@value #DESCRIPTION_MAX} characters
   */
  public static void description(String description) {
    Check.length("description", description, DESCRIPTION_MIN, DESCRIPTION_MAX);
  }

  /**
   * Checks the location of an external event.
   *
   * @param location the location, or {@code null} if absent
   * @throws ValidationException if it is empty or longer than {@value #LOCATION_MAX} characters
   */
  public static void location(String location) {
    Check.length("entity_metadata.location", location, LOCATION_MIN, LOCATION_MAX);
  }

  /**
   * Checks that an event has what its entity type needs: a channel for stage and voice events; a
   * location, an end time and no channel for external events.
   *
   * @param entityType the entity type
   * @param hasChannel whether a channel is set
   * @param location the location, or {@code null} if none
   * @param scheduledEndTime the end time, or {@code null} if none
   * @throws ValidationException if a needed field is missing or a channel is set on an external
   *     event
   */
  public static void entity(
      GuildScheduledEventEntityType entityType,
      boolean hasChannel,
      String location,
      Instant scheduledEndTime) {
    if (GuildScheduledEventEntityType.EXTERNAL.equals(entityType)) {
      if (hasChannel) {
        throw new ValidationException(
            "channel_id",
            ValidationException.Rule.NOT_ALLOWED,
            "external events take place outside of a channel",
            "a channel is set");
      }
      Check.required("entity_metadata.location", location, "external events need a location");
      Check.required("scheduled_end_time", scheduledEndTime, "external events need an end time");
    } else if (entityType != null && !hasChannel) {
      Check.required("channel_id", null, "stage and voice events need a channel");
    }
  }

  /**
   * Checks that an event ends after it starts.
   *
   * @param scheduledStartTime the start, or {@code null} if not known
   * @param scheduledEndTime the end, or {@code null} if none
   * @throws ValidationException if both are known and the end is not after the start
   */
  public static void times(Instant scheduledStartTime, Instant scheduledEndTime) {
    if (scheduledStartTime != null
        && scheduledEndTime != null
        && !scheduledEndTime.isAfter(scheduledStartTime)) {
      throw new ValidationException(
          "scheduled_end_time",
          ValidationException.Rule.OUT_OF_RANGE,
          "after " + scheduledStartTime,
          scheduledEndTime.toString());
    }
  }

  /**
   * Checks how many subscribers a page asks for.
   *
   * @param limit the page size
   * @throws ValidationException if it is outside {@value #USERS_LIMIT_MIN} to {@value
   *     #USERS_LIMIT_MAX}
   */
  public static void usersLimit(int limit) {
    Check.range("limit", limit, USERS_LIMIT_MIN, USERS_LIMIT_MAX);
  }

  /**
   * Checks how many exceptions a count of subscribers asks about.
   *
   * @param exceptionIds the exceptions
   * @throws ValidationException if there are more than {@value #EXCEPTION_IDS_MAX}
   */
  public static void exceptionIds(Collection<?> exceptionIds) {
    Check.count("guild_scheduled_event_exception_ids", exceptionIds, 0, EXCEPTION_IDS_MAX);
  }
}
