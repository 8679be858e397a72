package dev.gloam.http;

import dev.gloam.http.request.channel.message.CreateMessage;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;

/**
 * Messages of a channel: send, read, edit and delete them, reactions, pins, polls and the typing
 * indicator (resources/message, resources/poll).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /channels/{channel_id}/messages}
 *   <li>{@code POST /channels/{channel_id}/messages}
 *   <li>{@code POST /channels/{channel_id}/messages/bulk-delete}
 *   <li>{@code GET /channels/{channel_id}/messages/pins}
 *   <li>{@code DELETE /channels/{channel_id}/messages/pins/{message_id}}
 *   <li>{@code PUT /channels/{channel_id}/messages/pins/{message_id}}
 *   <li>{@code DELETE /channels/{channel_id}/messages/{message_id}}
 *   <li>{@code GET /channels/{channel_id}/messages/{message_id}}
 *   <li>{@code PATCH /channels/{channel_id}/messages/{message_id}}
 *   <li>{@code POST /channels/{channel_id}/messages/{message_id}/crosspost}
 *   <li>{@code DELETE /channels/{channel_id}/messages/{message_id}/reactions}
 *   <li>{@code DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}}
 *   <li>{@code GET /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}}
 *   <li>{@code DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me}
 *   <li>{@code PUT /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/@me}
 *   <li>{@code DELETE
 *       /channels/{channel_id}/messages/{message_id}/reactions/{emoji_name}/{user_id}}
 *   <li>{@code GET /channels/{channel_id}/pins}
 *   <li>{@code DELETE /channels/{channel_id}/pins/{message_id}}
 *   <li>{@code PUT /channels/{channel_id}/pins/{message_id}}
 *   <li>{@code GET /channels/{channel_id}/polls/{message_id}/answers/{answer_id}}
 *   <li>{@code POST /channels/{channel_id}/polls/{message_id}/expire}
 *   <li>{@code POST /channels/{channel_id}/typing}
 * </ul>
 */
public sealed interface MessageRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Sends a message. Maps "Create Message" ({@code POST /channels/{channel.id}/messages},
   * resources/message).
   *
   * @param channelId the channel to send in
   * @return the request, to fill in and send
   */
  default CreateMessage createMessage(Id<ChannelMarker> channelId) {
    return new CreateMessage(transport(), channelId);
  }
}
