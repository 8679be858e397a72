package dev.gloam.model.application.command;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.GenericMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;

/**
 * The permission overwrites of one command, or of all of an application's commands, in a guild.
 * Maps Discord's "Guild Application Command Permissions Structure"
 * (interactions/application-commands).
 *
 * @param id the command's id, or the application's id when the overwrites apply to every command of
 *     the app
 * @param applicationId the application the command belongs to
 * @param guildId the guild
 * @param permissions the overwrites, up to 100
 */
public record GuildApplicationCommandPermissions(
    Id<GenericMarker> id,
    Id<ApplicationMarker> applicationId,
    Id<GuildMarker> guildId,
    List<CommandPermission> permissions) {}
