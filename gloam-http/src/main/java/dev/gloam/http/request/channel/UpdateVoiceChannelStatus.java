package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.channel.ChannelChecks;

/**
 * Sets or clears the status text of a voice channel. Maps "Set Voice Channel Status" ({@code PUT
 * /channels/{channel.id}/voice-status}, resources/channel). Obtained from {@link
 * dev.gloam.http.ChannelRequests#updateVoiceChannelStatus}.
 *
 * <pre>{@code
 * client.updateVoiceChannelStatus(voiceChannelId).status("Raid night").send();
 * }</pre>
 */
public final class UpdateVoiceChannelStatus extends Request<EmptyBody> {
  private String status;

  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#updateVoiceChannelStatus}
   * instead.
   *
   * @param transport the client's transport
   * @param channelId the voice channel
   */
  public UpdateVoiceChannelStatus(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.UPDATE_VOICE_CHANNEL_STATUS, BodyReader.empty(), channelId);
  }

  /**
   * Sets the status, up to 500 characters; {@code null} clears it.
   *
   * @param status the status
   * @return this request
   */
  public UpdateVoiceChannelStatus status(String status) {
    this.status = status;
    json().set("status", status);
    return this;
  }

  /**
   * Sets the reason shown in the guild's audit log.
   *
   * @param reason the reason, up to 512 characters
   * @return this request
   */
  public UpdateVoiceChannelStatus reason(String reason) {
    auditLogReason(reason);
    return this;
  }

  @Override
  protected void validate() {
    ChannelChecks.voiceStatus(status);
  }
}
