package dev.gloam.http;

import dev.gloam.http.request.stage.CreateStageInstance;
import dev.gloam.http.request.stage.DeleteStageInstance;
import dev.gloam.http.request.stage.GetStageInstance;
import dev.gloam.http.request.stage.UpdateStageInstance;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Stage instances: open, read, change and close a stage (resources/stage-instance).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code POST /stage-instances}
 *   <li>{@code DELETE /stage-instances/{channel_id}}
 *   <li>{@code GET /stage-instances/{channel_id}}
 *   <li>{@code PATCH /stage-instances/{channel_id}}
 * </ul>
 */
public sealed interface StageInstanceRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Opens a stage with a topic.
   *
   * @param channelId the stage channel
   * @param topic the topic, 1 to 120 characters
   * @return the request, to fill in and send
   */
  default CreateStageInstance createStageInstance(Id<ChannelMarker> channelId, String topic) {
    return new CreateStageInstance(transport(), channelId, topic);
  }

  /**
   * Reads the live instance of a stage channel.
   *
   * @param channelId the stage channel
   * @return the request, to fill in and send
   */
  default GetStageInstance stageInstance(Id<ChannelMarker> channelId) {
    return new GetStageInstance(transport(), channelId);
  }

  /**
   * Changes an open stage.
   *
   * @param channelId the stage channel
   * @return the request, to fill in and send
   */
  default UpdateStageInstance updateStageInstance(Id<ChannelMarker> channelId) {
    return new UpdateStageInstance(transport(), channelId);
  }

  /**
   * Closes a stage.
   *
   * @param channelId the stage channel
   * @return the request, to fill in and send
   */
  default DeleteStageInstance deleteStageInstance(Id<ChannelMarker> channelId) {
    return new DeleteStageInstance(transport(), channelId);
  }
}
