package dev.gloam.model.gateway.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.List;
import java.util.Optional;

/**
 * A user's presence in a guild. Maps Discord's "Presence Update Event Fields"
 * (events/gateway-events); the same object fills {@code presences} in {@code GUILD_CREATE} and
 * member chunks, where {@code guild_id} may be absent.
 *
 * @param user the user: always its {@code id}, other fields only when they changed
 * @param guildId the guild
 * @param status the user's status
 * @param activities the user's activities
 * @param clientStatus the user's status per platform
 */
public record Presence(
    PresenceUser user,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Status status,
    List<Activity> activities,
    ClientStatus clientStatus) {}
