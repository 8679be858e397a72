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
 * Removes every reaction with one emoji from a message. Maps "Delete All Reactions for Emoji"
 * ({@code DELETE /channels/{channel.id}/messages/{message.id}/reactions/{emoji}},
 * resources/message). Obtained from {@link dev.gloam.http.MessageRequests#deleteAllReactions}.
 *
 * <pre>{@code
 * client.deleteAllReactions(channelId, messageId, ReactionEmoji.unicode("👍")).send();
 * }</pre>
 */
public final class DeleteAllReactionsForEmoji extends Request<EmptyBody> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#deleteAllReactions} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   */
  public DeleteAllReactionsForEmoji(
      Transport transport,
      Id<ChannelMarker> channelId,
      Id<MessageMarker> messageId,
      ReactionEmoji emoji) {
    super(
        transport,
        Route.DELETE_ALL_MESSAGE_REACTIONS_BY_EMOJI,
        BodyReader.empty(),
        channelId,
        messageId,
        emoji);
  }
}
