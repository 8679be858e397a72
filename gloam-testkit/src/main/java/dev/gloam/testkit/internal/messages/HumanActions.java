package dev.gloam.testkit.internal.messages;

import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the human user does to messages when a test says so: react and vote. Each runs under the
 * world's lock and changes the message the way the REST routes would, so later GETs show it.
 */
public final class HumanActions {

  private HumanActions() {}

  /**
   * The human reacts to a message; nothing happens if it already reacted with that emoji.
   *
   * @param world the world
   * @param channelId the message's channel
   * @param messageId the message
   * @param emoji a Unicode emoji such as {@code 👍}, or {@code name:id} of a custom emoji
   * @throws IllegalArgumentException for an unknown message or emoji
   */
  public static void react(World world, long channelId, long messageId, String emoji) {
    world.change(
        () -> {
          StoredMessage message = message(world, channelId, messageId);
          ObjectNode partial =
              ReactionEmojis.parse(world, emoji)
                  .orElseThrow(() -> new IllegalArgumentException("unknown emoji " + emoji));
          return MessageActions.addReaction(world, message, world.human().id(), partial);
        });
  }

  /**
   * The human votes for a poll answer. In a poll without multiple answers, an earlier vote for
   * another answer is taken back first (MESSAGE_POLL_VOTE_REMOVE, then _ADD); voting again for the
   * same answer does nothing.
   *
   * @param world the world
   * @param channelId the poll's channel
   * @param messageId the poll's message
   * @param answerId the answer
   * @throws IllegalArgumentException for an unknown message, a message without a poll, an unknown
   *     answer or a poll that is over
   */
  public static void vote(World world, long channelId, long messageId, int answerId) {
    world.change(
        () -> {
          StoredMessage message = message(world, channelId, messageId);
          if (message.extras().poll() == null) {
            throw new IllegalArgumentException("message " + messageId + " has no poll");
          }
          if (!Polls.hasAnswer(message, answerId)) {
            throw new IllegalArgumentException("the poll has no answer " + answerId);
          }
          if (Polls.isOver(message, world.now())) {
            throw new IllegalArgumentException("the poll is over");
          }
          long humanId = world.human().id();
          if (message.extras().voters(answerId).contains(humanId)) {
            return message;
          }
          if (!message.extras().poll().path("allow_multiselect").asBoolean(false)) {
            for (int other : List.copyOf(message.extras().votes().keySet())) {
              if (message.extras().voters(other).contains(humanId)) {
                message = MessageActions.vote(world, message, humanId, other, false);
              }
            }
          }
          return MessageActions.vote(world, message, humanId, answerId, true);
        });
  }

  private static StoredMessage message(World world, long channelId, long messageId) {
    return world
        .messages()
        .find(channelId, messageId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown message " + messageId + " in channel " + channelId));
  }
}
