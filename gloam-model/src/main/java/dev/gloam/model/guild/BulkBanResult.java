package dev.gloam.model.guild;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.UserMarker;
import java.util.List;

/**
 * The outcome of banning several users at once. Maps Discord's "Bulk Ban Response"
 * (resources/guild, "Bulk Guild Ban").
 *
 * @param bannedUsers the users that were banned
 * @param failedUsers the users that could not be banned or were banned already
 */
public record BulkBanResult(List<Id<UserMarker>> bannedUsers, List<Id<UserMarker>> failedUsers) {}
