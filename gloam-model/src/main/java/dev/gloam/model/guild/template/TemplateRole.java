package dev.gloam.model.guild.template;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.guild.RoleColors;
import dev.gloam.model.value.ImageHash;
import java.util.Optional;

/**
 * A role in a template's guild snapshot. Maps the roles of Discord's "Guild Template Object"
 * (resources/guild-template) and the {@code GuildTemplateRoleResponse} schema of its OpenAPI
 * description.
 *
 * @param id the placeholder id; {@code 0} is {@code @everyone}
 * @param name the role's name
 * @param permissions the permissions the role grants; snapshots may carry them as a JSON number
 *     instead of Discord's usual string, and both are read (they are written as a string)
 * @param color the legacy colour as an RGB integer, 0 for none
 * @param colors the role's colours (absent or {@code null} when not sent)
 * @param hoist whether members are listed apart in the member list
 * @param mentionable whether anyone may mention the role
 * @param icon the role icon hash (absent or {@code null} when none)
 * @param unicodeEmoji the role's unicode emoji (absent or {@code null} when none)
 */
public record TemplateRole(
    int id,
    String name,
    Permissions permissions,
    int color,
    @JsonInclude(Include.NON_ABSENT) Optional<RoleColors> colors,
    boolean hoist,
    boolean mentionable,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> icon,
    @JsonInclude(Include.NON_ABSENT) Optional<String> unicodeEmoji) {}
