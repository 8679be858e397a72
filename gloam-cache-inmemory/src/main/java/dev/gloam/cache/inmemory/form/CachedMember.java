package dev.gloam.cache.inmemory.form;

import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.guild.Member;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A guild member as the cache keeps it, without its user (the cache keeps each user once, shared by
 * every guild the user is in) (Discord: resources/guild "Guild Member Object").
 *
 * <p>The cache reads the user id, the role ids and the timeout, for permission questions.
 */
public interface CachedMember {

  /**
   * Returns the member's user id.
   *
   * @return the id
   */
  long userId();

  /**
   * Returns the ids of the member's roles, without the @everyone role. The array is the caller's.
   *
   * @return the role ids
   */
  long[] roleIds();

  /**
   * Returns when the member's timeout ends, if they were ever timed out.
   *
   * @return the end of the timeout, possibly in the past
   */
  Optional<Instant> communicationDisabledUntil();

  /**
   * The standard form: 40 bytes plus 8 per role on a 64-bit JVM with compressed pointers, and 32
   * more for a member with a nickname, a guild avatar, a boost or a timeout. Members with the same
   * roles share one array of role ids. Times are kept to the second.
   */
  final class Standard implements CachedMember {
    private static final int DEAF = 1 << 24;
    private static final int MUTE = 1 << 25;
    private static final int PENDING = 1 << 26;
    private static final int FLAG_BITS = (1 << 24) - 1;

    private final long userId;
    private final long[] roles;
    // Unsigned seconds since 1970, 0 when unknown.
    private final int joinedAt;
    // The member flags in the low 24 bits, then deaf, mute and pending.
    private final int bits;
    // What most members do not have, kept apart so that they do not pay for it.
    private final Extras extras;

    /**
     * The fields most members do not have.
     *
     * @param nick the guild nickname, or null
     * @param avatar the guild avatar hash, or null
     * @param premiumSince since when the member boosts, in epoch seconds, or 0
     * @param timeoutUntil when a timeout ends, in epoch seconds, or 0
     */
    private record Extras(String nick, ImageHash avatar, long premiumSince, long timeoutUntil) {}

    private Standard(
        long userId,
        long[] roles,
        long joinedAtSeconds,
        int flags,
        boolean deaf,
        boolean mute,
        boolean pending,
        String nick,
        ImageHash avatar,
        long premiumSince,
        long timeoutUntil) {
      this.userId = userId;
      this.roles = RoleSets.share(roles);
      this.joinedAt = (int) joinedAtSeconds;
      this.bits =
          (flags & FLAG_BITS) | (deaf ? DEAF : 0) | (mute ? MUTE : 0) | (pending ? PENDING : 0);
      this.extras =
          nick == null && avatar == null && premiumSince == 0 && timeoutUntil == 0
              ? null
              : new Extras(nick, avatar, premiumSince, timeoutUntil);
    }

    /**
     * Keeps a member's standard fields.
     *
     * @param member the member from an event
     * @param userId the member's user id (some events send the member without its user)
     * @return the cached form
     */
    public static Standard of(Member member, long userId) {
      return new Standard(
          userId,
          Ids.of(member.roles()),
          seconds(member.joinedAt()),
          (int) member.flags().bits(),
          member.deaf(),
          member.mute(),
          member.pending().orElse(false),
          member.nick().orElse(null),
          member.avatar().orElse(null),
          seconds(member.premiumSince()),
          seconds(member.communicationDisabledUntil()));
    }

    /**
     * Applies a GUILD_MEMBER_UPDATE. Fields the update leaves out keep their previous value; with
     * no previous form they take their defaults.
     *
     * @param update the update
     * @param previous the form cached before, or null
     * @return the cached form
     */
    public static Standard of(GuildMemberUpdate update, CachedMember previous) {
      Standard before = previous instanceof Standard standard ? standard : null;
      return new Standard(
          update.user().id().value(),
          Ids.of(update.roles()),
          update.joinedAt().isPresent()
              ? seconds(update.joinedAt())
              : before == null ? 0 : Integer.toUnsignedLong(before.joinedAt),
          before == null ? 0 : before.flags(),
          update.deaf().orElse(before != null && before.deaf()),
          update.mute().orElse(before != null && before.mute()),
          update.pending().orElse(before != null && before.pending()),
          update.nick().orElse(null),
          update.avatar().orElse(null),
          seconds(update.premiumSince()),
          seconds(update.communicationDisabledUntil()));
    }

    @Override
    public long userId() {
      return userId;
    }

    @Override
    public long[] roleIds() {
      return Ids.copy(roles);
    }

    /**
     * Returns the role ids without copying them; callers must not change the array, which other
     * members may share.
     *
     * @return the role ids
     */
    public long[] roles() {
      return roles;
    }

    /**
     * Tells whether the member has a role.
     *
     * @param roleId the role
     * @return true if the member has it
     */
    public boolean hasRole(long roleId) {
      for (long role : roles) {
        if (role == roleId) {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns the member's guild nickname.
     *
     * @return the nickname, or null
     */
    public String nick() {
      return extras == null ? null : extras.nick();
    }

    /**
     * Returns the member's guild avatar.
     *
     * @return the avatar hash, or null
     */
    public ImageHash avatar() {
      return extras == null ? null : extras.avatar();
    }

    /**
     * Returns when the member joined the guild, to the second.
     *
     * @return the time, if Discord sent it
     */
    public Optional<Instant> joinedAt() {
      return time(Integer.toUnsignedLong(joinedAt));
    }

    /**
     * Returns since when the member boosts the guild, to the second.
     *
     * @return the time, if the member boosts
     */
    public Optional<Instant> premiumSince() {
      return time(extras == null ? 0 : extras.premiumSince());
    }

    @Override
    public Optional<Instant> communicationDisabledUntil() {
      return time(extras == null ? 0 : extras.timeoutUntil());
    }

    /**
     * Returns the guild member flags.
     *
     * @return the flags as bits
     */
    public int flags() {
      return bits & FLAG_BITS;
    }

    /**
     * Tells whether the member is deafened in voice channels.
     *
     * @return true if deafened
     */
    public boolean deaf() {
      return (bits & DEAF) != 0;
    }

    /**
     * Tells whether the member is muted in voice channels.
     *
     * @return true if muted
     */
    public boolean mute() {
      return (bits & MUTE) != 0;
    }

    /**
     * Tells whether the member has not yet passed membership screening.
     *
     * @return true if pending
     */
    public boolean pending() {
      return (bits & PENDING) != 0;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && userId == that.userId
          && Arrays.equals(roles, that.roles)
          && joinedAt == that.joinedAt
          && bits == that.bits
          && Objects.equals(extras, that.extras);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(userId) * 31 + Arrays.hashCode(roles);
    }

    @Override
    public String toString() {
      return "CachedMember.Standard[userId="
          + userId
          + ", roles="
          + Arrays.toString(roles)
          + ", nick="
          + nick()
          + "]";
    }

    private static long seconds(Optional<Instant> time) {
      return time.isPresent() ? time.get().getEpochSecond() : 0L;
    }

    private static Optional<Instant> time(long seconds) {
      return seconds == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }
  }
}
