package dev.gloam.model.guild.emoji;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.user.User;
import java.util.List;
import java.util.Optional;

/**
 * An emoji: a guild's or an application's custom emoji, or a standard unicode emoji. Maps Discord's
 * "Emoji Object" (resources/emoji).
 *
 * <p>The same object appears whole (guild and application emojis) and partial (reactions,
 * components, polls, where only {@code id}, {@code name} and {@code animated} are sent); fields a
 * context does not send are absent.
 *
 * @param id the custom emoji's id; {@code null} for unicode emojis
 * @param name the emoji's name, or the unicode character itself; may be {@code null} in reactions
 *     for emojis that were deleted
 * @param roles the roles allowed to use the emoji
 * @param user the user who created the emoji
 * @param requireColons whether the emoji must be wrapped in colons
 * @param managed whether an integration manages the emoji
 * @param animated whether the emoji is animated
 * @param available whether the emoji can be used; false when the guild lost boosts
 */
public record Emoji(
    Optional<Id<EmojiMarker>> id,
    Optional<String> name,
    @JsonInclude(Include.NON_ABSENT) Optional<List<Id<RoleMarker>>> roles,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> requireColons,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> managed,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> animated,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> available) {}
