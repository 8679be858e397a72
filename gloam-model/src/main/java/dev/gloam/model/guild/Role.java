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
 * @param color the legacy colour as an RGB integer, 0 for none
 * @param hoist whether members are listed apart in the member list
 * @param icon the role icon hash, if any
 * @param unicodeEmoji the role's unicode emoji, if any
 * @param position the role's position in the hierarchy
 * @param permissions the permissions the role grants
 * @param managed whether an integration manages the role
 * @param mentionable whether anyone may mention the role
 * @param flags the role's flags
 */
public record Role(
    Id<RoleMarker> id,
    String name,
    int color,
    boolean hoist,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<String> unicodeEmoji,
    int position,
    Permissions permissions,
    boolean managed,
    boolean mentionable,
    int flags) {}
