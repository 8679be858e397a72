package dev.gloam.model.guild.template;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import java.util.Optional;

/**
 * A forum tag in a template's guild snapshot. Maps Discord's {@code GuildTemplateChannelTags}
 * schema (OpenAPI description).
 *
 * @param id the placeholder id, if any
 * @param name the tag's name
 * @param emojiId the tag's custom emoji, if any
 * @param emojiName the tag's emoji name or unicode character, if any
 * @param moderated whether only moderators may apply the tag; may be {@code null}
 */
public record TemplateChannelTag(
    Optional<Integer> id,
    String name,
    Optional<Id<EmojiMarker>> emojiId,
    Optional<String> emojiName,
    Optional<Boolean> moderated) {}
