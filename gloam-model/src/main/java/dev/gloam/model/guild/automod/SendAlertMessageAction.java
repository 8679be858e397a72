package dev.gloam.model.guild.automod;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Posts the offending content to a channel ({@link AutoModerationActionType#SEND_ALERT_MESSAGE}).
 *
 * @param metadata the action's settings
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record SendAlertMessageAction(Metadata metadata) implements AutoModerationAction {

  @Override
  public AutoModerationActionType type() {
    return AutoModerationActionType.SEND_ALERT_MESSAGE;
  }

  /**
   * The settings of a send alert message action. Maps the {@code SEND_ALERT_MESSAGE} row of
   * Discord's "Action Metadata" table.
   *
   * @param channelId the channel the content is posted to
   */
  public record Metadata(Id<ChannelMarker> channelId) {}
}
