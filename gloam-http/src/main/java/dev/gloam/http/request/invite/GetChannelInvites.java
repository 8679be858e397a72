package dev.gloam.http.request.invite;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.invite.Invite;
import java.util.List;

/**
 * Lists the invites of a guild channel, with their metadata (uses, lifetime); needs {@code
 * MANAGE_CHANNELS}. Maps "Get Channel Invites" ({@code GET /channels/{channel.id}/invites},
 * resources/channel). Obtained from {@link dev.gloam.http.InviteRequests#channelInvites}.
 *
 * <pre>{@code
 * List<Invite> invites = client.channelInvites(channelId).send().model();
 * }</pre>
 */
public final class GetChannelInvites extends Request<List<Invite>> {
  /**
   * Creates the request; use {@link dev.gloam.http.InviteRequests#channelInvites} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public GetChannelInvites(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.LIST_CHANNEL_INVITES, BodyReader.listOf(Invite.class), channelId);
  }
}
