package dev.gloam.model.guild;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.EmojiMarker;
import java.util.Optional;

/**
 * A channel suggested on a welcome screen. Maps Discord's "Welcome Screen Channel Structure"
 * (resources/guild).
 *
 * @param channelId the suggested channel
 * @param description the text shown with the channel
 * @param emojiId the custom emoji shown with the channel, if it is a custom one
 * @param emojiName the custom emoji's name or the unicode emoji itself; {@code null} if the channel
 *     has no emoji
 */
public record WelcomeScreenChannel(
    Id<ChannelMarker> channelId,
    String description,
    Optional<Id<EmojiMarker>> emojiId,
    Optional<String> emojiName) {}
