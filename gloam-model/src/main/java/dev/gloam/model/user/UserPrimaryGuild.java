package dev.gloam.model.user;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * The guild whose server tag a user shows next to their name. Maps Discord's "User Primary Guild"
 * object (resources/user).
 *
 * @param identityGuildId the primary guild (may be {@code null})
 * @param identityEnabled whether the user shows the tag: {@code false} if they removed it, {@code
 *     null} if Discord cleared it, for example because the guild lost tags
 * @param tag the tag's text, up to 4 characters (may be {@code null})
 * @param badge the tag badge's image hash (may be {@code null})
 */
public record UserPrimaryGuild(
    Optional<Id<GuildMarker>> identityGuildId,
    Optional<Boolean> identityEnabled,
    Optional<String> tag,
    Optional<ImageHash> badge) {}
