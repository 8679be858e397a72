package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import java.util.List;

/**
 * Reads the pinned messages of a channel through the deprecated route without pages; prefer {@link
 * GetPins}. Maps "Get Pinned Messages (deprecated)" ({@code GET /channels/{channel.id}/pins},
 * resources/message). Obtained from {@link dev.gloam.http.MessageRequests#pinnedMessages}.
 *
 * <pre>{@code
 * List<Message> pinned = client.pinnedMessages(channelId).send().model();
 * }</pre>
 */
public final class GetPinnedMessages extends Request<List<Message>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#pinnedMessages} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public GetPinnedMessages(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.DEPRECATED_LIST_PINS, BodyReader.listOf(Message.class), channelId);
  }
}
