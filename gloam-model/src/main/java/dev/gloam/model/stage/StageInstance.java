package dev.gloam.model.stage;

import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.StageMarker;
import java.util.Optional;

/**
 * A live talk in a stage channel. Maps Discord's "Stage Instance Object"
 * (resources/stage-instance).
 *
 * @param id the stage instance's id
 * @param guildId the guild of the stage channel
 * @param channelId the stage channel
 * @param topic the topic, 1 to 120 characters
 * @param privacyLevel who can see the stage instance
 * @param discoverableDisabled whether stage discovery is off; deprecated by Discord
 * @param guildScheduledEventId the scheduled event the stage belongs to, if any ({@code null}
 *     otherwise)
 */
public record StageInstance(
    Id<StageMarker> id,
    Id<GuildMarker> guildId,
    Id<ChannelMarker> channelId,
    String topic,
    PrivacyLevel privacyLevel,
    boolean discoverableDisabled,
    Optional<Id<ScheduledEventMarker>> guildScheduledEventId) {}
