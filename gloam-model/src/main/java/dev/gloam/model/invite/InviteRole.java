package dev.gloam.model.invite;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * A role given to a user who accepts an invite, as the invite describes it. Maps the partial "Role
 * Object" of the invite's {@code roles} field (resources/invite).
 *
 * @param id the role's id
 * @param name the role's name
 * @param position the role's position in the hierarchy
 * @param color the legacy colour as an RGB integer, 0 for none
 * @param colors the role's colours (primary, secondary and tertiary)
 * @param icon the role icon hash, if any (sent as {@code null} otherwise)
 * @param unicodeEmoji the role's unicode emoji, if any (sent as {@code null} otherwise)
 */
public record InviteRole(
    Id<RoleMarker> id,
    String name,
    int position,
    int color,
    @JsonInclude(Include.NON_ABSENT) Optional<RoleColors> colors,
    Optional<ImageHash> icon,
    Optional<String> unicodeEmoji) {}
