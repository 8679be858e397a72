package dev.gloam.testkit.internal.world;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The users who reacted to a message with one emoji, in the order they reacted ({@code
 * resources/message.mdx}, "Reaction Object"). Super reactions are not modelled: every reaction is a
 * normal one.
 *
 * @param emoji the partial emoji ({@code id} null and {@code name} for a Unicode emoji; {@code id},
 *     {@code name} and {@code animated} for a custom one)
 * @param userIds who reacted, oldest first
 */
public record MessageReaction(ObjectNode emoji, List<Long> userIds) {

  /**
   * Copies the parts.
   *
   * @param emoji the partial emoji
   * @param userIds who reacted
   */
  public MessageReaction {
    emoji = emoji.deepCopy();
    userIds = List.copyOf(userIds);
  }

  /**
   * Returns a copy of the emoji.
   *
   * @return the partial emoji
   */
  @Override
  public ObjectNode emoji() {
    return emoji.deepCopy();
  }

  /**
   * Tells whether this reaction uses an emoji: custom emoji are the same when their ids are,
   * Unicode emoji when their names are.
   *
   * @param other a partial emoji
   * @return true for the same emoji
   */
  public boolean sameEmoji(ObjectNode other) {
    return key(emoji).equals(key(other));
  }

  /**
   * Returns this reaction with one more user.
   *
   * @param userId the user
   * @return the new reaction
   */
  public MessageReaction with(long userId) {
    List<Long> more = new ArrayList<>(userIds);
    more.add(userId);
    return new MessageReaction(emoji, more);
  }

  /**
   * Returns this reaction without a user.
   *
   * @param userId the user
   * @return the new reaction
   */
  public MessageReaction without(long userId) {
    List<Long> fewer = new ArrayList<>(userIds);
    fewer.remove(Long.valueOf(userId));
    return new MessageReaction(emoji, fewer);
  }

  /**
   * Renders the reaction object as the bot sees it.
   *
   * @param viewerId the bot, for {@code me}
   * @return a new JSON object
   */
  public ObjectNode toJson(long viewerId) {
    ObjectNode json = emoji.objectNode();
    json.put("count", userIds.size());
    ObjectNode details = json.putObject("count_details");
    details.put("burst", 0);
    details.put("normal", userIds.size());
    json.put("me", userIds.contains(viewerId));
    json.put("me_burst", false);
    json.set("emoji", emoji.deepCopy());
    json.putArray("burst_colors");
    return json;
  }

  private static String key(ObjectNode emoji) {
    return emoji.hasNonNull("id")
        ? "id:" + emoji.get("id").asString()
        : "name:" + emoji.path("name").asString("");
  }
}
