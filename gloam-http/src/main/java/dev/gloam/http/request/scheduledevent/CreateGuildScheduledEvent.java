package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.Request;
import dev.gloam.http.request.emoji.DataUri;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.scheduledevent.EntityMetadata;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventPrivacyLevel;
import dev.gloam.model.guild.scheduledevent.RecurrenceRule;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
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
public final class CreateGuildScheduledEvent extends Request<GuildScheduledEvent> {
  private Instant scheduledStartTime;
  private Instant scheduledEndTime;
  private GuildScheduledEventEntityType entityType;
  private Id<ChannelMarker> channelId;
  private String location;

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
    super(
        transport,
        Route.CREATE_GUILD_SCHEDULED_EVENT,
        BodyReader.of(GuildScheduledEvent.class),
        guildId);
    name(name);
    entityType(entityType);
    scheduledStartTime(scheduledStartTime);
    // GUILD_ONLY is the only level, yet Discord wants it in every new event.
    privacyLevel(GuildScheduledEventPrivacyLevel.GUILD_ONLY);
  }

  /**
   * Sets the name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public CreateGuildScheduledEvent name(String name) {
    json().set("name", name);
    check(() -> ScheduledEventChecks.name(name));
    return this;
  }

  /**
   * Sets the description, 1 to 1000 characters.
   *
   * @param description the description
   * @return this request
   */
  public CreateGuildScheduledEvent description(String description) {
    json().set("description", description);
    check(() -> ScheduledEventChecks.description(description));
    return this;
  }

  /**
   * Sets the cover image.
   *
   * @param image the image as a data URI
   * @return this request
   */
  public CreateGuildScheduledEvent image(DataUri image) {
    json().set("image", image == null ? null : image.uri());
    return this;
  }

  /**
   * Sets when the event starts.
   *
   * @param scheduledStartTime the start
   * @return this request
   */
  public CreateGuildScheduledEvent scheduledStartTime(Instant scheduledStartTime) {
    json().set("scheduled_start_time", scheduledStartTime);
    this.scheduledStartTime = scheduledStartTime;
    return this;
  }

  /**
   * Sets when the event ends, after its start; external events need an end.
   *
   * @param scheduledEndTime the end
   * @return this request
   */
  public CreateGuildScheduledEvent scheduledEndTime(Instant scheduledEndTime) {
    json().set("scheduled_end_time", scheduledEndTime);
    this.scheduledEndTime = scheduledEndTime;
    return this;
  }

  /**
   * Sets who may see the event; {@link GuildScheduledEventPrivacyLevel#GUILD_ONLY} is the only
   * level Discord offers.
   *
   * @param privacyLevel the privacy level
   * @return this request
   */
  public CreateGuildScheduledEvent privacyLevel(GuildScheduledEventPrivacyLevel privacyLevel) {
    json().set("privacy_level", privacyLevel);
    return this;
  }

  /**
   * Sets where the event takes place: a stage channel, a voice channel, or elsewhere ({@link
   * GuildScheduledEventEntityType#EXTERNAL}, which needs a location and an end time).
   *
   * @param entityType the entity type
   * @return this request
   */
  public CreateGuildScheduledEvent entityType(GuildScheduledEventEntityType entityType) {
    json().set("entity_type", entityType);
    this.entityType = entityType;
    return this;
  }

  /**
   * Sets the stage or voice channel of the event; external events have none.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public CreateGuildScheduledEvent channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    this.channelId = channelId;
    return this;
  }

  /**
   * Sets the entity's metadata: for an external event, its location of 1 to 100 characters.
   *
   * @param entityMetadata the metadata
   * @return this request
   */
  public CreateGuildScheduledEvent entityMetadata(EntityMetadata entityMetadata) {
    json().set("entity_metadata", entityMetadata);
    this.location = entityMetadata == null ? null : entityMetadata.location().orElse(null);
    String checked = this.location;
    check(() -> ScheduledEventChecks.location(checked));
    return this;
  }

  /**
   * Sets how the event repeats.
   *
   * @param recurrenceRule the rule, or {@code null} for an event that happens once
   * @return this request
   */
  public CreateGuildScheduledEvent recurrenceRule(RecurrenceRule recurrenceRule) {
    json().set("recurrence_rule", recurrenceRule);
    return this;
  }

  @Override
  protected void validate() {
    ScheduledEventChecks.entity(entityType, channelId != null, location, scheduledEndTime);
    ScheduledEventChecks.times(scheduledStartTime, scheduledEndTime);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public CreateGuildScheduledEvent reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
