package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.ChannelPins;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.validate.Check;
import java.time.Instant;

/**
 * Reads the pinned messages of a channel, newest pin first, in pages of up to 50. Maps "Get Channel
 * Pins" ({@code GET /channels/{channel.id}/messages/pins}, resources/message). Obtained from {@link
 * dev.gloam.http.MessageRequests#pins}.
 *
 * <pre>{@code
 * ChannelPins pins = client.pins(channelId).limit(50).send().model();
 * }</pre>
 */
public final class GetPins extends Request<ChannelPins> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#pins} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public GetPins(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.LIST_PINS, BodyReader.of(ChannelPins.class), channelId);
  }

  /**
   * Reads the pins made before this time.
   *
   * @param before the time of the last pin of the previous page
   * @return this request
   */
  public GetPins before(Instant before) {
    query().set("before", before);
    return this;
  }

  /**
   * Sets how many pins to read, 1 to 50 (default 50).
   *
   * @param limit the number
   * @return this request
   */
  public GetPins limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 50));
    return this;
  }
}
