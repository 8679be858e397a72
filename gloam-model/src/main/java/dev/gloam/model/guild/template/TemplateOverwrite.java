package dev.gloam.model.guild.template;

import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.guild.Permissions;

/**
 * A permission overwrite of a channel in a template's guild snapshot. Maps the {@code
 * permission_overwrites} of the channels of Discord's "Guild Template Object"
 * (resources/guild-template); like every id in a template, the target is a placeholder integer (the
 * {@link TemplateRole#id()} of a role, 0 for {@code @everyone}) rather than a snowflake.
 *
 * @param id the placeholder id of the role or member the overwrite applies to
 * @param type whether the overwrite targets a role or a member
 * @param allow the permissions the overwrite grants
 * @param deny the permissions the overwrite takes away
 */
public record TemplateOverwrite(
    long id, PermissionOverwriteType type, Permissions allow, Permissions deny) {}
