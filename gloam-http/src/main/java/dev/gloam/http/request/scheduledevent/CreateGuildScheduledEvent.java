package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventPrivacyLevel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.time.Instant;

/**
 * Schedules an event in a guild: in a stage or voice channel, or somewhere else. Maps "Create Guild
 * Scheduled Event" ({@code POST /guilds/{guild.id}/scheduled-events},
 * resources/guild-scheduled-event). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#createGuildScheduledEvent}.
 *
 * <pre>{@code
 * GuildScheduledEvent event =
 *     client
 *         .createGuildScheduledEvent(guildId, "Meetup", GuildScheduledEventEntityType.EXTERNAL, start)
 *         .entityMetadata(new EntityMetadata(Optional.of("The park")))
 *         .scheduledEndTime(start.plus(Duration.ofHours(2)))
 *         .send()
 *         .model();
 * }</pre>
 */
public final class CreateGuildScheduledEvent
    extends GuildScheduledEventFields<CreateGuildScheduledEvent> {
  /**
   * Creates the request; use {@link
   * dev.gloam.http.ScheduledEventRequests#createGuildScheduledEvent} instead.
   *
   * @param transport the client's transport
   * @param guildId the guild
   * @param name the name, 1 to 100 characters
   * @param entityType where the event takes place
   * @param scheduledStartTime when it starts
   */
  public CreateGuildScheduledEvent(
      Transport transport,
      Id<GuildMarker> guildId,
      String name,
      GuildScheduledEventEntityType entityType,
      Instant scheduledStartTime) {
    super(transport, Route.CREATE_GUILD_SCHEDULED_EVENT, guildId);
    name(name);
    entityType(entityType);
    scheduledStartTime(scheduledStartTime);
    // GUILD_ONLY is the only level, yet Discord wants it in every new event.
    privacyLevel(GuildScheduledEventPrivacyLevel.GUILD_ONLY);
  }

  @Override
  CreateGuildScheduledEvent self() {
    return this;
  }
}
