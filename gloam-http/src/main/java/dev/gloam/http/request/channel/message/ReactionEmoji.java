package dev.gloam.http.request.channel.message;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import java.util.Objects;

/**
 * The emoji of a reaction as it goes into a reaction route's path: a Unicode emoji as it is, or a
 * custom emoji as {@code name:id} (resources/message, "Create Reaction"). The transport
 * percent-encodes it.
 *
 * <pre>{@code
 * client.addReaction(channelId, messageId, ReactionEmoji.unicode("👍")).send();
 * client.addReaction(channelId, messageId, ReactionEmoji.custom("gloam", emojiId)).send();
 * }</pre>
 */
public final class ReactionEmoji {
  private final String value;

  private ReactionEmoji(String value) {
    this.value = value;
  }

  /**
   * A Unicode emoji, such as {@code "👍"}.
   *
   * @param emoji the emoji's characters
   * @return the reaction emoji
   */
  public static ReactionEmoji unicode(String emoji) {
    Objects.requireNonNull(emoji, "emoji");
    if (emoji.isBlank()) {
      throw new IllegalArgumentException("the emoji is empty");
    }
    return new ReactionEmoji(emoji);
  }

  /**
   * A custom emoji of a guild or application.
   *
   * @param name the emoji's name
   * @param id the emoji's id
   * @return the reaction emoji
   */
  public static ReactionEmoji custom(String name, Id<EmojiMarker> id) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    return new ReactionEmoji(name + ":" + id);
  }

  /**
   * Returns the value for the path, before percent-encoding.
   *
   * @return the emoji, or {@code name:id} for a custom emoji
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReactionEmoji e && e.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}, which the request puts in the path. */
  @Override
  public String toString() {
    return value;
  }
}
