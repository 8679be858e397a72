package dev.gloam.http.request.scheduledevent;

import dev.gloam.http.request.DataUri;
import dev.gloam.http.request.Request;
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
import dev.gloam.validate.scheduledevent.ScheduledEventChecks;
import java.time.Instant;

/**
 * The setters of a scheduled event's fields, shared by scheduling and changing an event
 * (resources/guild-scheduled-event, "Create Guild Scheduled Event" and "Modify Guild Scheduled
 * Event"). Each value is checked against Discord's limits when the request is sent; the channel,
 * location and end time are checked against the entity type, and the end against the start.
 *
 * <pre>{@code
 * client.updateGuildScheduledEvent(guildId, eventId).description("Bring snacks").send();
 * }</pre>
 *
 * @param <R> the request type, returned by each setter for chaining
 */
public abstract sealed class GuildScheduledEventFields<R extends GuildScheduledEventFields<R>>
    extends Request<GuildScheduledEvent>
    permits CreateGuildScheduledEvent, UpdateGuildScheduledEvent {
  private Instant scheduledStartTime;
  private Instant scheduledEndTime;
  private GuildScheduledEventEntityType entityType;
  private Id<ChannelMarker> channelId;
  private String location;

  /**
   * Creates the request.
   *
   * @param transport the client's transport
   * @param route the create or modify route
   * @param pathValues the guild, and the event when changing one
   */
  GuildScheduledEventFields(Transport transport, Route route, Object... pathValues) {
    super(transport, route, BodyReader.of(GuildScheduledEvent.class), pathValues);
  }

  /**
   * Returns this request, typed for chaining.
   *
   * @return this request
   */
  abstract R self();

  /**
   * Sets the name, 1 to 100 characters.
   *
   * @param name the name
   * @return this request
   */
  public R name(String name) {
    json().set("name", name);
    check(() -> ScheduledEventChecks.name(name));
    return self();
  }

  /**
   * Sets the description, 1 to 1000 characters.
   *
   * @param description the description, or {@code null} to clear it when changing an event
   * @return this request
   */
  public R description(String description) {
    json().set("description", description);
    check(() -> ScheduledEventChecks.description(description));
    return self();
  }

  /**
   * Sets the cover image.
   *
   * @param image the image as a data URI, or {@code null} to clear it when changing an event
   * @return this request
   */
  public R image(DataUri image) {
    json().set("image", image == null ? null : image.uri());
    return self();
  }

  /**
   * Sets when the event starts.
   *
   * @param scheduledStartTime the start
   * @return this request
   */
  public R scheduledStartTime(Instant scheduledStartTime) {
    json().set("scheduled_start_time", scheduledStartTime);
    this.scheduledStartTime = scheduledStartTime;
    return self();
  }

  /**
   * Sets when the event ends, after its start; external events need an end.
   *
   * @param scheduledEndTime the end, or {@code null} to clear it when changing an event
   * @return this request
   */
  public R scheduledEndTime(Instant scheduledEndTime) {
    json().set("scheduled_end_time", scheduledEndTime);
    this.scheduledEndTime = scheduledEndTime;
    return self();
  }

  /**
   * Sets who may see the event; {@link GuildScheduledEventPrivacyLevel#GUILD_ONLY} is the only
   * level Discord offers.
   *
   * @param privacyLevel the privacy level
   * @return this request
   */
  public R privacyLevel(GuildScheduledEventPrivacyLevel privacyLevel) {
    json().set("privacy_level", privacyLevel);
    return self();
  }

  /**
   * Sets where the event takes place: a stage channel, a voice channel, or elsewhere ({@link
   * GuildScheduledEventEntityType#EXTERNAL}, which needs a location and an end time).
   *
   * @param entityType the entity type
   * @return this request
   */
  public R entityType(GuildScheduledEventEntityType entityType) {
    json().set("entity_type", entityType);
    this.entityType = entityType;
    return self();
  }

  /**
   * Sets the stage or voice channel of the event; external events have none.
   *
   * @param channelId the channel, or {@code null} for none
   * @return this request
   */
  public R channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    this.channelId = channelId;
    return self();
  }

  /**
   * Sets the entity's metadata: for an external event, its location of 1 to 100 characters.
   *
   * @param entityMetadata the metadata
   * @return this request
   */
  public R entityMetadata(EntityMetadata entityMetadata) {
    json().set("entity_metadata", entityMetadata);
    this.location = entityMetadata == null ? null : entityMetadata.location().orElse(null);
    String checked = this.location;
    check(() -> ScheduledEventChecks.location(checked));
    return self();
  }

  /**
   * Sets how the event repeats.
   *
   * @param recurrenceRule the rule, or {@code null} for an event that happens once
   * @return this request
   */
  public R recurrenceRule(RecurrenceRule recurrenceRule) {
    json().set("recurrence_rule", recurrenceRule);
    return self();
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, 1 to 512 characters
   * @return this request
   */
  public R reason(String reason) {
    auditLogReason(reason);
    return self();
  }

  /** Checks the channel, location and end time against the entity type, then the end time. */
  @Override
  protected void validate() {
    checkEntity(entityType);
    ScheduledEventChecks.times(scheduledStartTime, scheduledEndTime);
  }

  /**
   * Checks that the channel, location and end time fit the entity type set; a change overrides this
   * because it may leave the type out.
   *
   * @param entityType the entity type set, or {@code null} if none was
   */
  void checkEntity(GuildScheduledEventEntityType entityType) {
    ScheduledEventChecks.entity(entityType, channelId != null, location, scheduledEndTime);
  }
}
