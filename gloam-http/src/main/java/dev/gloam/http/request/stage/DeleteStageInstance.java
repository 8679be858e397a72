package dev.gloam.http.request.stage;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Closes a stage: deletes the live instance of a stage channel. Maps "Delete Stage Instance"
 * ({@code DELETE /stage-instances/{channel.id}}, resources/stage-instance). Obtained from {@link
 * dev.gloam.http.StageInstanceRequests#deleteStageInstance}.
 *
 * <pre>{@code
 * client.deleteStageInstance(stageChannelId).reason("event over").send();
 * }</pre>
 */
public final class DeleteStageInstance extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.StageInstanceRequests#deleteStageInstance}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the stage channel
   */
  public DeleteStageInstance(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.DELETE_STAGE_INSTANCE, BodyReader.empty(), channelId);
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public DeleteStageInstance reason(String reason) {
    auditLogReason(reason);
    return this;
  }
}
