package dev.gloam.http.request.stage;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.stage.PrivacyLevel;
import dev.gloam.model.stage.StageInstance;
import dev.gloam.validate.Check;
import dev.gloam.validate.stage.StageInstanceChecks;

/**
 * Changes the topic or privacy of an open stage. Maps "Modify Stage Instance" ({@code PATCH
 * /stage-instances/{channel.id}}, resources/stage-instance). Obtained from {@link
 * dev.gloam.http.StageInstanceRequests#updateStageInstance}.
 *
 * <pre>{@code
 * client.updateStageInstance(stageChannelId).topic("Q&A").send();
 * }</pre>
 */
public final class UpdateStageInstance extends Request<StageInstance> {
  private String topic;

  /**
   * Creates the request; use {@link dev.gloam.http.StageInstanceRequests#updateStageInstance}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the stage channel
   */
  public UpdateStageInstance(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.UPDATE_STAGE_INSTANCE, BodyReader.of(StageInstance.class), channelId);
  }

  /**
   * Sets the topic, 1 to 120 characters.
   *
   * @param topic the topic
   * @return this request
   */
  public UpdateStageInstance topic(String topic) {
    this.topic = topic;
    json().set("topic", topic);
    return this;
  }

  /**
   * Sets who may see the stage.
   *
   * @param privacyLevel the privacy level
   * @return this request
   */
  public UpdateStageInstance privacyLevel(PrivacyLevel privacyLevel) {
    json().set("privacy_level", privacyLevel);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public UpdateStageInstance reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    if (json().has("topic")) {
      Check.required("topic", topic, "a stage's topic cannot be removed");
    }
    StageInstanceChecks.topic(topic);
  }
}
