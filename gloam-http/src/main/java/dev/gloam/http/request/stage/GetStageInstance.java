package dev.gloam.http.request.stage;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.stage.StageInstance;

/**
 * Reads the live instance of a stage channel, if the stage is open. Maps "Get Stage Instance"
 * ({@code GET /stage-instances/{channel.id}}, resources/stage-instance). Obtained from {@link
 * dev.gloam.http.StageInstanceRequests#stageInstance}.
 *
 * <pre>{@code
 * StageInstance stage = client.stageInstance(stageChannelId).send().model();
 * }</pre>
 */
public final class GetStageInstance extends Request<StageInstance> {
  /**
   * Creates the request; use {@link dev.gloam.http.StageInstanceRequests#stageInstance} instead.
   *
   * @param transport the client's transport
   * @param channelId the stage channel
   */
  public GetStageInstance(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.GET_STAGE_INSTANCE, BodyReader.of(StageInstance.class), channelId);
  }
}
