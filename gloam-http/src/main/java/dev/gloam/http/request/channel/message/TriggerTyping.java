package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Shows "the bot is typing" in a channel for about 10 seconds, or until it sends a message. Maps
 * "Trigger Typing Indicator" ({@code POST /channels/{channel.id}/typing}, resources/channel).
 * Obtained from {@link dev.gloam.http.MessageRequests#triggerTyping}.
 *
 * <pre>{@code
 * client.triggerTyping(channelId).send();
 * }</pre>
 */
public final class TriggerTyping extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#triggerTyping} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public TriggerTyping(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.TRIGGER_TYPING_INDICATOR, BodyReader.empty(), channelId);
  }
}
