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
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventStatus;
import dev.gloam.model.guild.scheduledevent.RecurrenceRule;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.validate.Check;
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.time.Instant;

/**
 * Changes a scheduled event, or starts, ends or cancels it through its status. Maps "Modify Guild
 * Scheduled Event" ({@code PATCH /guilds/{guild.id}/scheduled-events/{guild_scheduled_event.id}},
 * resources/guild-scheduled-event). Obtained from {@link
 * dev.gloam.http.ScheduledEventRequests#updateGuildScheduledEvent}.
 *
 * <pre>{@code
 * client.updateGuildScheduledEvent(guildId, eventId).status(GuildScheduledEventStatus.ACTIVE).send();
 * }</pre>
 */
public final class UpdateGuildScheduledEvent extends Request<GuildScheduledEvent> {
  private Instant scheduledStartTime;
  private Instant scheduledEndTime;
  private GuildScheduledEventEntityType entityType;
  private Id<ChannelMarker> channelId;
  private String location;

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
    super(
        transport,
        Route.UPDATE_GUILD_SCHEDULED_EVENT,
        BodyReader.of(GuildScheduledEvent.class),
        guildId,
        eventId);
  }

  /**
   * Sets the name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public UpdateGuildScheduledEvent name(String name) {
    json().set("name", name);
    check(() -> ScheduledEventChecks.name(name));
    return this;
  }

  /**
   * Sets the description, 1 to 1000 characters.
   *
   * @param description the description, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuildScheduledEvent description(String description) {
    json().set("description", description);
    check(() -> ScheduledEventChecks.description(description));
    return this;
  }

  /**
   * Sets the cover image.
   *
   * @param image the image as a data URI, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuildScheduledEvent image(DataUri image) {
    json().set("image", image == null ? null : image.uri());
    return this;
  }

  /**
   * Sets when the event starts.
   *
   * @param scheduledStartTime the start
   * @return this request
   */
  public UpdateGuildScheduledEvent scheduledStartTime(Instant scheduledStartTime) {
    json().set("scheduled_start_time", scheduledStartTime);
    this.scheduledStartTime = scheduledStartTime;
    return this;
  }

  /**
   * Sets when the event ends, after its start; external events need an end.
   *
   * @param scheduledEndTime the end, or {@code null} to clear it
   * @return this request
   */
  public UpdateGuildScheduledEvent scheduledEndTime(Instant scheduledEndTime) {
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
  public UpdateGuildScheduledEvent privacyLevel(GuildScheduledEventPrivacyLevel privacyLevel) {
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
  public UpdateGuildScheduledEvent entityType(GuildScheduledEventEntityType entityType) {
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
  public UpdateGuildScheduledEvent channelId(Id<ChannelMarker> channelId) {
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
  public UpdateGuildScheduledEvent entityMetadata(EntityMetadata entityMetadata) {
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
  public UpdateGuildScheduledEvent recurrenceRule(RecurrenceRule recurrenceRule) {
    json().set("recurrence_rule", recurrenceRule);
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

  @Override
  protected void validate() {
    if (entityType != null) {
      if (GuildScheduledEventEntityType.EXTERNAL.equals(entityType) && !json().has("channel_id")) {
        // Discord wants the channel cleared explicitly when an event moves out of its channel.
        Check.required("channel_id", null, "set it to null when an event becomes external");
      }
      ScheduledEventChecks.entity(entityType, channelId != null, location, scheduledEndTime);
    }
    ScheduledEventChecks.times(scheduledStartTime, scheduledEndTime);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public UpdateGuildScheduledEvent reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
