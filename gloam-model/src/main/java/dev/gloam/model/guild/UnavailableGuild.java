package dev.gloam.model.guild;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * A guild the shard knows of but has no data for yet, as listed in {@code READY} and sent during
 * outages. Maps Discord's "Unavailable Guild Object" (resources/guild).
 *
 * @param id the guild's id
 * @param unavailable always {@code true} when Discord sends it; kept for faithful round trips
 */
public record UnavailableGuild(Id<GuildMarker> id, boolean unavailable) {}
