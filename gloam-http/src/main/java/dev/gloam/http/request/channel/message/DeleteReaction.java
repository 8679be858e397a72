package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.response.EmptyBody;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;

/**
 * Removes another user's reaction. Maps "Delete User Reaction" ({@code DELETE
 * /channels/{channel.id}/messages/{message.id}/reactions/{emoji}/{user.id}}, resources/message).
 * Obtained from {@link dev.gloam.http.MessageRequests#deleteReaction}.
 *
 * <pre>{@code
 * client.deleteReaction(channelId, messageId, ReactionEmoji.unicode("👍"), userId).send();
 * }</pre>
 */
public final class DeleteReaction extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#deleteReaction} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   * @param userId the user whose reaction goes
   */
  public DeleteReaction(
      Transport transport,
      Id<ChannelMarker> channelId,
      Id<MessageMarker> messageId,
      ReactionEmoji emoji,
      Id<UserMarker> userId) {
    super(
        transport,
        Route.DELETE_USER_MESSAGE_REACTION,
        BodyReader.empty(),
        channelId,
        messageId,
        emoji,
        userId);
  }
}
