package dev.gloam.http.request.stage;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.stage.PrivacyLevel;
import dev.gloam.model.stage.StageInstance;
import dev.gloam.validate.Check;
import dev.gloam.validate.stage.StageInstanceChecks;

/**
 * Opens a stage: creates the live instance of a stage channel, with its topic. Needs to be a
 * moderator of the stage. Maps "Create Stage Instance" ({@code POST /stage-instances},
 * resources/stage-instance). Obtained from {@link
 * dev.gloam.http.StageInstanceRequests#createStageInstance}.
 *
 * <pre>{@code
 * StageInstance stage = client.createStageInstance(stageChannelId, "Town hall")
 *     .sendStartNotification(true)
 *     .send()
 *     .model();
 * }</pre>
 */
public final class CreateStageInstance extends Request<StageInstance> {
  private String topic;

  /**
   * Creates the request; use {@link dev.gloam.http.StageInstanceRequests#createStageInstance}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the stage channel
   * @param topic the topic, 1 to 120 characters
   */
  public CreateStageInstance(Transport transport, Id<ChannelMarker> channelId, String topic) {
    super(transport, Route.CREATE_STAGE_INSTANCE, BodyReader.of(StageInstance.class));
    channelId(channelId);
    topic(topic);
  }

  /**
   * Sets the stage channel.
   *
   * @param channelId the channel
   * @return this request
   */
  public CreateStageInstance channelId(Id<ChannelMarker> channelId) {
    json().set("channel_id", channelId);
    return this;
  }

  /**
   * Sets the topic, 1 to 120 characters.
   *
   * @param topic the topic
   * @return this request
   */
  public CreateStageInstance topic(String topic) {
    this.topic = topic;
    json().set("topic", topic);
    return this;
  }

  /**
   * Sets who may see the stage; {@link PrivacyLevel#GUILD_ONLY} by default.
   *
   * @param privacyLevel the privacy level
   * @return this request
   */
  public CreateStageInstance privacyLevel(PrivacyLevel privacyLevel) {
    json().set("privacy_level", privacyLevel);
    return this;
  }

  /**
   * Sets whether {@code @everyone} is notified that the stage started; needs {@code
   * MENTION_EVERYONE}.
   *
   * @param sendStartNotification {@code true} to notify
   * @return this request
   */
  public CreateStageInstance sendStartNotification(boolean sendStartNotification) {
    json().set("send_start_notification", sendStartNotification);
    return this;
  }

  /**
   * Links the stage to a scheduled event of the guild.
   *
   * @param guildScheduledEventId the event
   * @return this request
   */
  public CreateStageInstance guildScheduledEventId(Id<ScheduledEventMarker> guildScheduledEventId) {
    json().set("guild_scheduled_event_id", guildScheduledEventId);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public CreateStageInstance reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    Check.required("topic", topic, "a stage needs a topic");
    StageInstanceChecks.topic(topic);
  }
}
