package dev.gloam.model.guild;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
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
 * @param nick the guild nickname, if set
 * @param avatar the guild avatar hash, if set
 * @param roles the ids of the member's roles
 * @param joinedAt when the user joined (sent as {@code null} for guest members)
 * @param premiumSince when the user started boosting the guild, if they do
 * @param deaf whether the member is deafened in voice channels
 * @param mute whether the member is muted in voice channels
 * @param flags the member's flags
 * @param pending whether the member has not yet passed membership screening
 * @param permissions the member's permissions in a channel (interactions only)
 * @param communicationDisabledUntil when the member's timeout ends, if timed out
 */
public record Member(
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    @JsonInclude(Include.NON_ABSENT) Optional<String> nick,
    @JsonInclude(Include.NON_ABSENT) Optional<ImageHash> avatar,
    List<Id<RoleMarker>> roles,
    Optional<Instant> joinedAt,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> premiumSince,
    boolean deaf,
    boolean mute,
    int flags,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> pending,
    @JsonInclude(Include.NON_ABSENT) Optional<Permissions> permissions,
    @JsonInclude(Include.NON_ABSENT) Optional<Instant> communicationDisabledUntil) {}
