package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;

/**
 * Removes the bot's own reaction. Maps "Delete Own Reaction" ({@code DELETE
 * /channels/{channel.id}/messages/{message.id}/reactions/{emoji}/@me}, resources/message). Obtained
 * from {@link dev.gloam.http.MessageRequests#deleteOwnReaction}.
 *
 * <pre>{@code
 * client.deleteOwnReaction(channelId, messageId, ReactionEmoji.unicode("👍")).send();
 * }</pre>
 */
public final class DeleteOwnReaction extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#deleteOwnReaction} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   */
  public DeleteOwnReaction(
      Transport transport,
      Id<ChannelMarker> channelId,
      Id<MessageMarker> messageId,
      ReactionEmoji emoji) {
    super(
        transport,
        Route.DELETE_MY_MESSAGE_REACTION,
        BodyReader.empty(),
        channelId,
        messageId,
        emoji);
  }
}
