package dev.gloam.model.channel;

import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GenericMarker;

/**
 * A channel's explicit change to the permissions of one role or member. Maps Discord's "Overwrite
 * Object" (resources/channel).
 *
 * @param id the role's or the user's id, depending on {@code type}
 * @param type whether the overwrite targets a role or a member
 * @param allow the permissions granted in the channel
 * @param deny the permissions taken away in the channel
 */
public record PermissionOverwrite(
    Id<GenericMarker> id, PermissionOverwriteType type, Permissions allow, Permissions deny) {}
