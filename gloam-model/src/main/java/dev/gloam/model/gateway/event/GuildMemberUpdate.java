package dev.gloam.model.gateway.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.user.AvatarDecorationData;
import dev.gloam.model.user.Collectibles;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A guild member changed, including changes to the member's user. Maps Discord's "Guild Member
 * Update" event (events/gateway-events), which has its own field list rather than a full member;
 * needs the {@code GUILD_MEMBERS} intent.
 *
 * @param guildId the guild
 * @param roles the member's role ids
 * @param user the member's user
 * @param nick the nickname in the guild, if the event carries it (empty also when sent as {@code
 *     null})
 * @param avatar the guild avatar hash, or empty (sent as {@code null}) without one
 * @param banner the guild banner hash, or empty (sent as {@code null}) without one
 * @param joinedAt when the user joined the guild, or empty (sent as {@code null})
 * @param premiumSince since when the member boosts the guild, if the event carries it
 * @param deaf whether the member is deafened in voice channels, if the event carries it
 * @param mute whether the member is muted in voice channels, if the event carries it
 * @param pending whether the member has yet to pass membership screening, if the event carries it
 * @param communicationDisabledUntil when the member's timeout ends (a past time or empty when not
 *     timed out)
 * @param avatarDecorationData the member's guild avatar decoration, if the event carries it
 * @param collectibles the member's guild collectibles, if the event carries them
 */
public record GuildMemberUpdate(
    Id<GuildMarker> guildId,
    List<Id<RoleMarker>> roles,
    User user,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nick,
    Optional<ImageHash> avatar,
    Optional<ImageHash> banner,
    Optional<Instant> joinedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> premiumSince,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> deaf,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> mute,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> pending,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> communicationDisabledUntil,
    @JsonInclude(Include.NON_ABSENT) Optional<AvatarDecorationData> avatarDecorationData,
    @JsonInclude(Include.NON_ABSENT) Optional<Collectibles> collectibles)
    implements Event {
  @Override
  public EventType kind() {
    return EventType.GUILD_MEMBER_UPDATE;
  }
}
