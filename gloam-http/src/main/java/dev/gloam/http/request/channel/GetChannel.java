package dev.gloam.http.request.channel;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Reads a channel, thread or private channel; a thread comes with the current user's thread member
 * if they joined it. Maps "Get Channel" ({@code GET /channels/{channel.id}}, resources/channel).
 * Obtained from {@link dev.gloam.http.ChannelRequests#channel}.
 *
 * <pre>{@code
 * Channel channel = client.channel(channelId).send().model();
 * }</pre>
 */
public final class GetChannel extends Request<Channel> {
  /**
   * Creates the request; use {@link dev.gloam.http.ChannelRequests#channel} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public GetChannel(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.GET_CHANNEL, BodyReader.of(Channel.class), channelId);
  }
}
