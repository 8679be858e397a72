package dev.gloam.cache.inmemory.form;

import dev.gloam.model.channel.message.reaction.Reaction;
import dev.gloam.model.guild.emoji.Emoji;

/**
 * One emoji's reactions on a cached message (Discord: resources/message "Reaction Object").
 *
 * @param emojiId the custom emoji's id, or 0 for a unicode emoji
 * @param emojiName the unicode emoji, or the custom emoji's name (may be null when deleted)
 * @param animated whether the custom emoji is animated
 * @param count how many users reacted, normal and super reactions together
 * @param burstCount how many of them are super reactions
 * @param me whether the current user reacted normally
 * @param meBurst whether the current user super-reacted
 */
public record CachedReaction(
    long emojiId,
    String emojiName,
    boolean animated,
    int count,
    int burstCount,
    boolean me,
    boolean meBurst) {

  /**
   * Keeps a reaction as a message carries it.
   *
   * @param reaction the reaction
   * @return the cached reaction
   */
  public static CachedReaction of(Reaction reaction) {
    Emoji emoji = reaction.emoji();
    return new CachedReaction(
        Ids.orZero(emoji.id()),
        Strings.share(emoji.name().orElse(null)),
        emoji.animated().orElse(false),
        reaction.count(),
        reaction.countDetails() == null ? 0 : reaction.countDetails().burst(),
        reaction.me(),
        reaction.meBurst());
  }

  /**
   * Tells whether this is the reaction of an emoji: the same custom emoji id, or the same unicode
   * emoji.
   *
   * @param emoji the emoji of a reaction event
   * @return true if it is this reaction's emoji
   */
  public boolean isOf(Emoji emoji) {
    long id = Ids.orZero(emoji.id());
    return id != 0 ? id == emojiId : emojiId == 0 && emoji.name().orElse("").equals(emojiName);
  }
}
