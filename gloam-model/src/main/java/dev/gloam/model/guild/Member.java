package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.user.AvatarDecorationData;
import dev.gloam.model.user.Collectibles;
import dev.gloam.model.user.User;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A user's membership in a guild. Maps Discord's "Guild Member Object" (resources/guild).
 *
 * @param user the member's user (absent where the surrounding payload already carries it, as in
 *     {@code MESSAGE_CREATE})
 * @param nick the guild nickname (absent or {@code null} when none is set)
 * @param avatar the guild avatar hash (absent or {@code null} when none is set)
 * @param banner the guild banner hash (absent or {@code null} when none is set)
 * @param roles the ids of the member's roles
 * @param joinedAt when the user joined; {@code null} for guests invited to a voice channel
 * @param premiumSince since when the member has boosted the guild (absent or {@code null} if they
 *     do not)
 * @param deaf whether the member is deafened in voice channels
 * @param mute whether the member is muted in voice channels
 * @param flags the member's flags
 * @param pending whether the member has not yet passed membership screening; always sent in {@code
 *     GUILD_*} events, absent where only screened members can appear
 * @param permissions the member's permissions in the channel, overwrites included (interactions
 *     only)
 * @param communicationDisabledUntil when the member's timeout ends; absent, {@code null} or in the
 *     past when the member is not timed out
 * @param avatarDecorationData the member's guild avatar decoration (absent or {@code null} if none)
 * @param collectibles the member's guild collectibles, such as a nameplate (absent or {@code null}
 *     if none)
 */
// isTimedOut(Instant) is a convenience, not a property.
@JsonAutoDetect(isGetterVisibility = Visibility.NONE)
public record Member(
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nick,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> avatar,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> banner,
    List<Id<RoleMarker>> roles,
    Optional<Instant> joinedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> premiumSince,
    boolean deaf,
    boolean mute,
    GuildMemberFlags flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> pending,
    @JsonInclude(Include.NON_ABSENT) Optional<Permissions> permissions,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> communicationDisabledUntil,
    @JsonInclude(Include.NON_ABSENT) Optional<AvatarDecorationData> avatarDecorationData,
    @JsonInclude(Include.NON_ABSENT) Optional<Collectibles> collectibles) {

  /**
   * Tells whether the member is timed out at a given moment.
   *
   * @param now the moment to check, usually {@link Instant#now()}
   * @return {@code true} if the timeout ends after {@code now}
   */
  public boolean isTimedOut(Instant now) {
    return communicationDisabledUntil.map(now::isBefore).orElse(false);
  }
}
