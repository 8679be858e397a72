package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/**
 * Where an activity instance runs. Maps Discord's "Activity Location Object"
 * (resources/application).
 *
 * @param id the location's id
 * @param kind whether the location is a guild channel or a private channel
 * @param channelId the channel
 * @param guildId the guild, for guild channels (absent or {@code null} otherwise)
 */
public record ActivityLocation(
    String id,
    ActivityLocationKind kind,
    Id<ChannelMarker> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId) {}
