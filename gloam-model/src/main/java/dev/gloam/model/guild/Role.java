package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * A role of a guild. Maps Discord's "Role Object" (topics/permissions).
 *
 * @param id the role's id; the {@code @everyone} role has the guild's id
 * @param name the role's name
 * @param color the legacy colour as an RGB integer, 0 for none; Discord still sends it, but {@code
 *     colors} is the field to use
 * @param colors the role's colours
 * @param hoist whether members are listed apart in the member list
 * @param icon the role icon hash (absent or {@code null} when the role has none)
 * @param unicodeEmoji the role's unicode emoji (absent or {@code null} when the role has none)
 * @param position the role's position in the hierarchy; equal positions are ordered by id
 * @param permissions the permissions the role grants
 * @param managed whether an integration manages the role
 * @param mentionable whether anyone may mention the role
 * @param tags what the role is tied to (absent for an ordinary role)
 * @param flags the role's flags
 */
public record Role(
    Id<RoleMarker> id,
    String name,
    int color,
    RoleColors colors,
    boolean hoist,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<String> unicodeEmoji,
    int position,
    Permissions permissions,
    boolean managed,
    boolean mentionable,
    @JsonInclude(Include.NON_ABSENT) Optional<RoleTags> tags,
    RoleFlags flags) {}
