package dev.gloam.http.request.channel.message;

import dev.gloam.http.request.Request;
import dev.gloam.http.response.BodyReader;
import dev.gloam.http.routing.Route;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.channel.message.reaction.ReactionType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import dev.gloam.validate.Check;
import java.util.List;

/**
 * Reads the users who reacted with an emoji, in pages of up to 100. Maps "Get Reactions" ({@code
 * GET /channels/{channel.id}/messages/{message.id}/reactions/{emoji}}, resources/message). Obtained
 * from {@link dev.gloam.http.MessageRequests#reactions}.
 *
 * <pre>{@code
 * List<User> users = client.reactions(channelId, messageId, ReactionEmoji.unicode("👍")).limit(100).send().model();
 * }</pre>
 */
public final class GetReactions extends Request<List<User>> {
  /**
   * Creates the request; use {@link dev.gloam.http.MessageRequests#reactions} instead.
   *
   * @param transport the client's transport
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   */
  public GetReactions(
      Transport transport,
      Id<ChannelMarker> channelId,
      Id<MessageMarker> messageId,
      ReactionEmoji emoji) {
    super(
        transport,
        Route.LIST_MESSAGE_REACTIONS_BY_EMOJI,
        BodyReader.listOf(User.class),
        channelId,
        messageId,
        emoji);
  }

  /**
   * Reads the users after this one.
   *
   * @param after the last user of the previous page
   * @return this request
   */
  public GetReactions after(Id<UserMarker> after) {
    query().set("after", after);
    return this;
  }

  /**
   * Sets how many users to read, 1 to 100 (default 25).
   *
   * @param limit the number
   * @return this request
   */
  public GetReactions limit(int limit) {
    query().set("limit", limit);
    check(() -> Check.range("limit", limit, 1, 100));
    return this;
  }

  /**
   * Reads normal or super (burst) reactions.
   *
   * @param type the reaction type
   * @return this request
   */
  public GetReactions type(ReactionType type) {
    query().set("type", type.value());
    return this;
  }
}
