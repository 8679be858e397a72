package dev.gloam.model.channel.message.reaction;

import dev.gloam.model.guild.emoji.Emoji;
import java.util.List;

/**
 * The reactions with one emoji on a message. Maps Discord's "Reaction Object" (resources/message).
 *
 * @param count how many times the emoji was used, super reactions included
 * @param countDetails the split between normal and super reactions
 * @param me whether the current user reacted with the emoji
 * @param meBurst whether the current user super-reacted with the emoji
 * @param emoji the emoji (partial: {@code id}, {@code name} and maybe {@code animated})
 * @param burstColors the colours of the super reaction animation, as hex strings such as {@code
 *     "#ff0000"}
 */
public record Reaction(
    int count,
    ReactionCountDetails countDetails,
    boolean me,
    boolean meBurst,
    Emoji emoji,
    List<String> burstColors) {}
