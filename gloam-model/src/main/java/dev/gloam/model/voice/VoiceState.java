package dev.gloam.model.voice;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.Member;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.Optional;

/**
 * A user's connection to voice. Maps Discord's "Voice State Object" (resources/voice).
 *
 * @param guildId the guild, if the state is a guild's
 * @param channelId the voice channel the user is in, {@code null} once they left
 * @param userId the user
 * @param member the user's guild member
 * @param sessionId the voice session's id
 * @param deaf whether the guild deafened the user
 * @param mute whether the guild muted the user
 * @param selfDeaf whether the user deafened themselves
 * @param selfMute whether the user muted themselves
 * @param selfStream whether the user streams with Go Live
 * @param selfVideo whether the user's camera is on
 * @param suppress whether the user may not speak (in stage channels, an audience member)
 * @param requestToSpeakTimestamp when the user asked to speak, {@code null} if they did not
 */
public record VoiceState(
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    Optional<Id<ChannelMarker>> channelId,
    Id<UserMarker> userId,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member,
    String sessionId,
    boolean deaf,
    boolean mute,
    boolean selfDeaf,
    boolean selfMute,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> selfStream,
    boolean selfVideo,
    boolean suppress,
    Optional<Instant> requestToSpeakTimestamp) {}
