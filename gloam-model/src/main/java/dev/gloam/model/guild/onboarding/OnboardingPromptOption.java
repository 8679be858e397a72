package dev.gloam.model.guild.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.OnboardingPromptOptionMarker;
import dev.gloam.model.id.marker.RoleMarker;
import java.util.List;
import java.util.Optional;

/**
 * An answer to an onboarding prompt. Maps Discord's "Prompt Option Structure" (resources/guild).
 *
 * <p>Discord returns the option's emoji as an {@code emoji} object, but expects the three flat
 * {@code emoji_*} fields when an option is created or changed.
 *
 * @param id the option's id
 * @param channelIds the channels a member is added to when picking the option
 * @param roleIds the roles a member gets when picking the option
 * @param emoji the option's emoji, as Discord returns it
 * @param emojiId the custom emoji's id, as sent when creating or changing the option
 * @param emojiName the emoji's name or unicode character, as sent when creating or changing it
 * @param emojiAnimated whether the emoji is animated, as sent when creating or changing it
 * @param title the option's title
 * @param description the option's description, if any
 */
public record OnboardingPromptOption(
    Id<OnboardingPromptOptionMarker> id,
    List<Id<ChannelMarker>> channelIds,
    List<Id<RoleMarker>> roleIds,
    @JsonInclude(Include.NON_ABSENT) Optional<Emoji> emoji,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<EmojiMarker>> emojiId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> emojiName,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> emojiAnimated,
    String title,
    Optional<String> description) {}
