package dev.gloam.model.channel.forum;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import java.util.Optional;

/**
 * The emoji offered on the reaction button of posts in a forum or media channel. Maps Discord's
 * "Default Reaction Object" (resources/channel). One of the two fields is set, the other is {@code
 * null}.
 *
 * @param emojiId the guild's custom emoji, or {@code null} for a unicode emoji
 * @param emojiName the unicode emoji, or {@code null} for a custom emoji
 */
public record DefaultReaction(Optional<Id<EmojiMarker>> emojiId, Optional<String> emojiName) {}
