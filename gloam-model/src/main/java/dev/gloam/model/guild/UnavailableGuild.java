package dev.gloam.model.guild;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A guild the shard knows of but has no data for yet, as listed in {@code READY} and sent during
 * outages; also the payload of {@code GUILD_DELETE}. Maps Discord's "Unavailable Guild Object"
 * (resources/guild).
 *
 * @param id the guild's id
 * @param unavailable {@code true} for a guild in an outage; in {@code GUILD_DELETE} Discord leaves
 *     the field out when the current user was removed from the guild, which reads as {@code false}
 */
public record UnavailableGuild(Id<GuildMarker> id, boolean unavailable) {}
