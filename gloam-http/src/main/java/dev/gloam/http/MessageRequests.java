package dev.gloam.http;

import dev.gloam.http.request.channel.message.AddReaction;
import dev.gloam.http.request.channel.message.CreateMessage;
import dev.gloam.http.request.channel.message.CreatePin;
import dev.gloam.http.request.channel.message.CrosspostMessage;
import dev.gloam.http.request.channel.message.DeleteAllReactions;
import dev.gloam.http.request.channel.message.DeleteAllReactionsForEmoji;
import dev.gloam.http.request.channel.message.DeleteMessage;
import dev.gloam.http.request.channel.message.DeleteMessages;
import dev.gloam.http.request.channel.message.DeleteOwnReaction;
import dev.gloam.http.request.channel.message.DeletePin;
import dev.gloam.http.request.channel.message.DeleteReaction;
import dev.gloam.http.request.channel.message.ExpirePoll;
import dev.gloam.http.request.channel.message.GetAnswerVoters;
import dev.gloam.http.request.channel.message.GetMessage;
import dev.gloam.http.request.channel.message.GetMessages;
import dev.gloam.http.request.channel.message.GetPinnedMessages;
import dev.gloam.http.request.channel.message.GetPins;
import dev.gloam.http.request.channel.message.GetReactions;
import dev.gloam.http.request.channel.message.PinMessage;
import dev.gloam.http.request.channel.message.ReactionEmoji;
import dev.gloam.http.request.channel.message.TriggerTyping;
import dev.gloam.http.request.channel.message.UnpinMessage;
import dev.gloam.http.request.channel.message.UpdateMessage;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.MessageMarker;
import dev.gloam.model.id.marker.UserMarker;

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

  /**
   * Reads messages of a channel. Maps "Get Channel Messages" ({@code GET
   * /channels/{channel.id}/messages}).
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default GetMessages messages(Id<ChannelMarker> channelId) {
    return new GetMessages(transport(), channelId);
  }

  /**
   * Reads a message. Maps "Get Channel Message".
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default GetMessage message(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new GetMessage(transport(), channelId, messageId);
  }

  /**
   * Edits a message. Maps "Edit Message" ({@code PATCH
   * /channels/{channel.id}/messages/{message.id}}).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default UpdateMessage updateMessage(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new UpdateMessage(transport(), channelId, messageId);
  }

  /**
   * Deletes a message. Maps "Delete Message".
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default DeleteMessage deleteMessage(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new DeleteMessage(transport(), channelId, messageId);
  }

  /**
   * Deletes 2 to 100 messages at once. Maps "Bulk Delete Messages".
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default DeleteMessages deleteMessages(Id<ChannelMarker> channelId) {
    return new DeleteMessages(transport(), channelId);
  }

  /**
   * Publishes an announcement. Maps "Crosspost Message".
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default CrosspostMessage crosspostMessage(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new CrosspostMessage(transport(), channelId, messageId);
  }

  /**
   * Reacts as the bot. Maps "Create Reaction".
   *
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   * @return the request, to fill in and send
   */
  default AddReaction addReaction(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId, ReactionEmoji emoji) {
    return new AddReaction(transport(), channelId, messageId, emoji);
  }

  /**
   * Removes the bot's reaction. Maps "Delete Own Reaction".
   *
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   * @return the request, to fill in and send
   */
  default DeleteOwnReaction deleteOwnReaction(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId, ReactionEmoji emoji) {
    return new DeleteOwnReaction(transport(), channelId, messageId, emoji);
  }

  /**
   * Removes a user's reaction. Maps "Delete User Reaction".
   *
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   * @param userId the user
   * @return the request, to fill in and send
   */
  default DeleteReaction deleteReaction(
      Id<ChannelMarker> channelId,
      Id<MessageMarker> messageId,
      ReactionEmoji emoji,
      Id<UserMarker> userId) {
    return new DeleteReaction(transport(), channelId, messageId, emoji, userId);
  }

  /**
   * Reads who reacted with an emoji. Maps "Get Reactions".
   *
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   * @return the request, to fill in and send
   */
  default GetReactions reactions(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId, ReactionEmoji emoji) {
    return new GetReactions(transport(), channelId, messageId, emoji);
  }

  /**
   * Removes all reactions. Maps "Delete All Reactions".
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default DeleteAllReactions deleteAllReactions(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new DeleteAllReactions(transport(), channelId, messageId);
  }

  /**
   * Removes all reactions with an emoji. Maps "Delete All Reactions for Emoji".
   *
   * @param channelId the channel
   * @param messageId the message
   * @param emoji the emoji
   * @return the request, to fill in and send
   */
  default DeleteAllReactionsForEmoji deleteAllReactions(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId, ReactionEmoji emoji) {
    return new DeleteAllReactionsForEmoji(transport(), channelId, messageId, emoji);
  }

  /**
   * Reads pinned messages in pages. Maps "Get Channel Pins" ({@code GET
   * /channels/{channel.id}/messages/pins}).
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default GetPins pins(Id<ChannelMarker> channelId) {
    return new GetPins(transport(), channelId);
  }

  /**
   * Pins a message. Maps "Pin Message" ({@code PUT
   * /channels/{channel.id}/messages/pins/{message.id}}).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default CreatePin createPin(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new CreatePin(transport(), channelId, messageId);
  }

  /**
   * Unpins a message. Maps "Unpin Message" ({@code DELETE
   * /channels/{channel.id}/messages/pins/{message.id}}).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default DeletePin deletePin(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new DeletePin(transport(), channelId, messageId);
  }

  /**
   * Reads pinned messages through the deprecated route ({@code GET /channels/{channel.id}/pins}).
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default GetPinnedMessages pinnedMessages(Id<ChannelMarker> channelId) {
    return new GetPinnedMessages(transport(), channelId);
  }

  /**
   * Pins a message through the deprecated route ({@code PUT
   * /channels/{channel.id}/pins/{message.id}}).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default PinMessage pinMessage(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new PinMessage(transport(), channelId, messageId);
  }

  /**
   * Unpins a message through the deprecated route ({@code DELETE
   * /channels/{channel.id}/pins/{message.id}}).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default UnpinMessage unpinMessage(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new UnpinMessage(transport(), channelId, messageId);
  }

  /**
   * Reads the voters of a poll answer. Maps "Get Answer Voters" (resources/poll).
   *
   * @param channelId the channel
   * @param messageId the message
   * @param answerId the answer id
   * @return the request, to fill in and send
   */
  default GetAnswerVoters answerVoters(
      Id<ChannelMarker> channelId, Id<MessageMarker> messageId, int answerId) {
    return new GetAnswerVoters(transport(), channelId, messageId, answerId);
  }

  /**
   * Ends a poll now. Maps "End Poll" (resources/poll).
   *
   * @param channelId the channel
   * @param messageId the message
   * @return the request, to fill in and send
   */
  default ExpirePoll expirePoll(Id<ChannelMarker> channelId, Id<MessageMarker> messageId) {
    return new ExpirePoll(transport(), channelId, messageId);
  }

  /**
   * Shows the typing indicator. Maps "Trigger Typing Indicator" (resources/channel).
   *
   * @param channelId the channel
   * @return the request, to fill in and send
   */
  default TriggerTyping triggerTyping(Id<ChannelMarker> channelId) {
    return new TriggerTyping(transport(), channelId);
  }
}
