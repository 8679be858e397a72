package dev.gloam.testkit.internal.messages;

import dev.gloam.testkit.internal.gateway.MessageUpdateEvent;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.MessageReaction;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes to stored messages and the dispatch each one causes ({@code events/gateway-events.mdx},
 * "Messages" and "Polls"). Call every method under the world's lock, so the change and its event
 * are seen in order.
 */
public final class MessageActions {

  private MessageActions() {}

  /**
   * Stores a changed message and sends MESSAGE_UPDATE, with the content hidden from sessions
   * without MESSAGE_CONTENT.
   *
   * @param world the world
   * @param message the message after the change
   */
  public static void update(World world, StoredMessage message) {
    world.messages().replace(message);
    world.dispatch(
        message.guildId(),
        "MESSAGE_UPDATE",
        intents -> MessageUpdateEvent.build(world, message, intents));
  }

  /**
   * Removes a message and sends MESSAGE_DELETE.
   *
   * @param world the world
   * @param message the message
   */
  public static void delete(World world, StoredMessage message) {
    world.messages().remove(message.channelId(), message.id());
    ObjectNode event = Json.object();
    event.put("id", Json.id(message.id()));
    event.put("channel_id", Json.id(message.channelId()));
    event.put("guild_id", Json.id(message.guildId()));
    world.dispatch(message.guildId(), "MESSAGE_DELETE", event);
  }

  /**
   * Removes several messages of one channel and sends MESSAGE_DELETE_BULK.
   *
   * @param world the world
   * @param guildId the channel's guild
   * @param channelId the channel
   * @param messages the messages, all in that channel
   */
  public static void deleteBulk(
      World world, long guildId, long channelId, List<StoredMessage> messages) {
    ObjectNode event = Json.object();
    ArrayNode ids = event.putArray("ids");
    for (StoredMessage message : messages) {
      world.messages().remove(channelId, message.id());
      ids.add(Json.id(message.id()));
    }
    event.put("channel_id", Json.id(channelId));
    event.put("guild_id", Json.id(guildId));
    world.dispatch(guildId, "MESSAGE_DELETE_BULK", event);
  }

  /**
   * Adds a user's reaction and sends MESSAGE_REACTION_ADD; nothing happens if the user already
   * reacted with that emoji.
   *
   * @param world the world
   * @param message the message
   * @param userId who reacts
   * @param emoji the partial emoji
   * @return true if the reaction was added
   */
  public static boolean addReaction(
      World world, StoredMessage message, long userId, ObjectNode emoji) {
    List<MessageReaction> reactions = new ArrayList<>(message.extras().reactions());
    Optional<MessageReaction> existing = find(reactions, emoji);
    if (existing.isPresent() && existing.get().userIds().contains(userId)) {
      return false;
    }
    if (existing.isPresent()) {
      reactions.set(reactions.indexOf(existing.get()), existing.get().with(userId));
    } else {
      reactions.add(new MessageReaction(emoji, List.of(userId)));
    }
    world.messages().replace(message.withExtras(message.extras().withReactions(reactions)));
    ObjectNode event = reactionEvent(message, userId, emoji);
    world
        .guild(message.guildId())
        .flatMap(guild -> guild.member(userId))
        .ifPresent(member -> event.set("member", member.toJson()));
    event.put("message_author_id", Json.id(message.author().id()));
    event.putArray("burst_colors");
    world.dispatch(message.guildId(), "MESSAGE_REACTION_ADD", event);
    return true;
  }

  /**
   * Removes a user's reaction and sends MESSAGE_REACTION_REMOVE; nothing happens if there is no
   * such reaction.
   *
   * @param world the world
   * @param message the message
   * @param userId whose reaction
   * @param emoji the partial emoji
   * @return true if a reaction was removed
   */
  public static boolean removeReaction(
      World world, StoredMessage message, long userId, ObjectNode emoji) {
    List<MessageReaction> reactions = new ArrayList<>(message.extras().reactions());
    Optional<MessageReaction> existing = find(reactions, emoji);
    if (existing.isEmpty() || !existing.get().userIds().contains(userId)) {
      return false;
    }
    MessageReaction fewer = existing.get().without(userId);
    int index = reactions.indexOf(existing.get());
    if (fewer.userIds().isEmpty()) {
      reactions.remove(index);
    } else {
      reactions.set(index, fewer);
    }
    world.messages().replace(message.withExtras(message.extras().withReactions(reactions)));
    world.dispatch(
        message.guildId(), "MESSAGE_REACTION_REMOVE", reactionEvent(message, userId, emoji));
    return true;
  }

  /**
   * Removes every reaction and sends MESSAGE_REACTION_REMOVE_ALL.
   *
   * @param world the world
   * @param message the message
   */
  public static void removeAllReactions(World world, StoredMessage message) {
    world.messages().replace(message.withExtras(message.extras().withReactions(List.of())));
    world.dispatch(message.guildId(), "MESSAGE_REACTION_REMOVE_ALL", messageEvent(message));
  }

  /**
   * Removes every reaction with one emoji and sends MESSAGE_REACTION_REMOVE_EMOJI; nothing happens
   * if nobody reacted with it.
   *
   * @param world the world
   * @param message the message
   * @param emoji the partial emoji
   */
  public static void removeEmoji(World world, StoredMessage message, ObjectNode emoji) {
    List<MessageReaction> reactions = new ArrayList<>(message.extras().reactions());
    if (!reactions.removeIf(reaction -> reaction.sameEmoji(emoji))) {
      return;
    }
    world.messages().replace(message.withExtras(message.extras().withReactions(reactions)));
    ObjectNode event = messageEvent(message);
    event.set("emoji", emoji.deepCopy());
    world.dispatch(message.guildId(), "MESSAGE_REACTION_REMOVE_EMOJI", event);
  }

  /**
   * Adds or removes a user's poll vote and sends MESSAGE_POLL_VOTE_ADD or _REMOVE.
   *
   * @param world the world
   * @param message the poll's message
   * @param userId the voter
   * @param answerId the answer
   * @param add true to vote, false to take the vote back
   * @return the message after the change
   */
  public static StoredMessage vote(
      World world, StoredMessage message, long userId, int answerId, boolean add) {
    StoredMessage changed =
        message.withExtras(
            message.extras().withVotes(message.extras().votesWith(answerId, userId, add)));
    world.messages().replace(changed);
    ObjectNode event = Json.object();
    event.put("user_id", Json.id(userId));
    event.put("channel_id", Json.id(message.channelId()));
    event.put("message_id", Json.id(message.id()));
    event.put("guild_id", Json.id(message.guildId()));
    event.put("answer_id", answerId);
    world.dispatch(
        message.guildId(), add ? "MESSAGE_POLL_VOTE_ADD" : "MESSAGE_POLL_VOTE_REMOVE", event);
    return changed;
  }

  /**
   * Finds the reaction of an emoji.
   *
   * @param reactions the message's reactions
   * @param emoji the partial emoji
   * @return the reaction, if someone reacted with the emoji
   */
  public static Optional<MessageReaction> find(List<MessageReaction> reactions, ObjectNode emoji) {
    return reactions.stream().filter(reaction -> reaction.sameEmoji(emoji)).findFirst();
  }

  private static ObjectNode reactionEvent(StoredMessage message, long userId, ObjectNode emoji) {
    ObjectNode event = Json.object();
    event.put("user_id", Json.id(userId));
    event.put("channel_id", Json.id(message.channelId()));
    event.put("message_id", Json.id(message.id()));
    event.put("guild_id", Json.id(message.guildId()));
    event.set("emoji", emoji.deepCopy());
    event.put("burst", false);
    event.put("type", 0);
    return event;
  }

  private static ObjectNode messageEvent(StoredMessage message) {
    ObjectNode event = Json.object();
    event.put("channel_id", Json.id(message.channelId()));
    event.put("message_id", Json.id(message.id()));
    event.put("guild_id", Json.id(message.guildId()));
    return event;
  }
}
