package dev.gloam.model.channel.forum;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.TagMarker;
import java.util.Optional;

/**
 * A tag that can be applied to threads of a forum or media channel. Maps Discord's "Forum Tag
 * Object" (resources/channel). At most one of {@code emojiId} and {@code emojiName} is set.
 *
 * @param id the tag's id
 * @param name the tag's name, up to 20 characters
 * @param moderated whether only members with {@code MANAGE_THREADS} may add or remove the tag
 * @param emojiId the guild's custom emoji shown with the tag, if any ({@code null} otherwise)
 * @param emojiName the unicode emoji shown with the tag, if any ({@code null} otherwise)
 */
public record ForumTag(
    Id<TagMarker> id,
    String name,
    boolean moderated,
    Optional<Id<EmojiMarker>> emojiId,
    Optional<String> emojiName) {}
