package dev.gloam.model.guild.template;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * A code that creates a new guild from a snapshot of an existing one. Maps Discord's "Guild
 * Template Object" (resources/guild-template).
 *
 * @param code the template's code, its unique id
 * @param name the template's name
 * @param description the template's description, if any
 * @param usageCount how many guilds were created from the template
 * @param creatorId the user who created the template
 * @param creator that user
 * @param createdAt when the template was created
 * @param updatedAt when the template was last synced with its source guild
 * @param sourceGuildId the guild the template was made from
 * @param serializedSourceGuild the snapshot of the source guild
 * @param isDirty whether the source guild has changes the template lacks; may be {@code null}
 */
public record GuildTemplate(
    String code,
    String name,
    Optional<String> description,
    int usageCount,
    Id<UserMarker> creatorId,
    User creator,
    Instant createdAt,
    Instant updatedAt,
    Id<GuildMarker> sourceGuildId,
    TemplateGuild serializedSourceGuild,
    Optional<Boolean> isDirty) {}
