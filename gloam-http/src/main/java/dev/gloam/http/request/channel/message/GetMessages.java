package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.validate.Check;
import java.util.List;

/**
 * Reads up to 100 messages of a channel, newest first, around, before or after a message. Maps "Get
 * Channel Messages" ({@code GET /channels/{channel.id}/messages}, resources/message). Obtained from
 * {@link dev.gloam.http.MessageRequests#messages}.
 *
 * <pre>{@code
 * List<Message> last = client.messages(channelId).limit(10).send().model();
 * }</pre>
 */
public final class GetMessages extends Request<List<Message>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#messages} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   */
  public GetMessages(Transport transport, Id<ChannelMarker> channelId) {
    super(transport, Route.LIST_MESSAGES, BodyReader.listOf(Message.class), channelId);
  }

  /**
   * Reads the messages around this one.
   *
   * @param around the message in the middle
   * @return this request
   */
  public GetMessages around(Id<MessageMarker> around) {
    query().set("around", around);
    return this;
  }

  /**
   * Reads the messages before this one.
   *
   * @param before the newest message not to read
   * @return this request
   */
  public GetMessages before(Id<MessageMarker> before) {
    query().set("before", before);
    return this;
  }

  /**
   * Reads the messages after this one.
   *
   * @param after the oldest message not to read
   * @return this request
   */
  public GetMessages after(Id<MessageMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many messages to read, 1 to 100 (default 50).
   *
   * @param limit the number
   * @return this request
   */
  public GetMessages limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 100));
    return this;
  }
}
