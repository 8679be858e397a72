package dev.gloam.cache.inmemory.form;

import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.guild.Member;
import dev.gloam.model.value.ImageHash;
import java.time.Instant;
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
   * The standard form: 64 bytes plus 8 per role on a 64-bit JVM with compressed pointers.
   *
   * @param userId the user id
   * @param roles the role ids (read through {@link #roleIds()}, which copies them)
   * @param nick the guild nickname, or null
   * @param avatar the guild avatar hash, or null
   * @param joinedAtMillis when the member joined, in epoch milliseconds, or 0 when unknown
   * @param premiumSinceMillis since when the member boosts, in epoch milliseconds, or 0
   * @param timeoutUntilMillis when a timeout ends, in epoch milliseconds, or 0 for none
   * @param flags the guild member flags as bits
   * @param states deaf ({@link #DEAF}), mute ({@link #MUTE}) and pending ({@link #PENDING}) bits
   */
  record Standard(
      long userId,
      long[] roles,
      String nick,
      ImageHash avatar,
      long joinedAtMillis,
      long premiumSinceMillis,
      long timeoutUntilMillis,
      int flags,
      byte states)
      implements CachedMember {

    /** The {@link #states()} bit of a member deafened in voice channels. */
    public static final byte DEAF = 1;

    /** The {@link #states()} bit of a member muted in voice channels. */
    public static final byte MUTE = 2;

    /** The {@link #states()} bit of a member who has not passed membership screening. */
    public static final byte PENDING = 4;

    /**
     * Keeps a member's standard fields.
     *
     * @param member the member from an event
     * @param userId the member's user id (some events send the member without its user)
     * @return the cached form
     */
    public static Standard of(Member member, long userId) {
      byte states =
          (byte)
              ((member.deaf() ? DEAF : 0)
                  | (member.mute() ? MUTE : 0)
                  | (member.pending().orElse(false) ? PENDING : 0));
      return new Standard(
          userId,
          Ids.of(member.roles()),
          member.nick().orElse(null),
          member.avatar().orElse(null),
          millis(member.joinedAt()),
          millis(member.premiumSince()),
          millis(member.communicationDisabledUntil()),
          (int) member.flags().bits(),
          states);
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
      byte keptStates = before == null ? 0 : before.states;
      byte states =
          (byte)
              (flag(update.deaf(), keptStates, DEAF)
                  | flag(update.mute(), keptStates, MUTE)
                  | flag(update.pending(), keptStates, PENDING));
      return new Standard(
          update.user().id().value(),
          Ids.of(update.roles()),
          update.nick().orElse(null),
          update.avatar().orElse(null),
          update
              .joinedAt()
              .map(Instant::toEpochMilli)
              .orElse(before == null ? 0 : before.joinedAtMillis),
          millis(update.premiumSince()),
          millis(update.communicationDisabledUntil()),
          before == null ? 0 : before.flags,
          states);
    }

    @Override
    public long[] roleIds() {
      return Ids.copy(roles);
    }

    /**
     * Returns the role ids without copying them; callers must not change the array.
     *
     * @return the role ids
     */
    @Override
    public long[] roles() {
      return roles;
    }

    @Override
    public Optional<Instant> communicationDisabledUntil() {
      return timeoutUntilMillis == 0
          ? Optional.empty()
          : Optional.of(Instant.ofEpochMilli(timeoutUntilMillis));
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

    // Records compare arrays by identity; two forms with equal role ids are equal.
    @Override
    public boolean equals(Object other) {
      return other instanceof Standard that
          && userId == that.userId
          && java.util.Arrays.equals(roles, that.roles)
          && java.util.Objects.equals(nick, that.nick)
          && java.util.Objects.equals(avatar, that.avatar)
          && joinedAtMillis == that.joinedAtMillis
          && premiumSinceMillis == that.premiumSinceMillis
          && timeoutUntilMillis == that.timeoutUntilMillis
          && flags == that.flags
          && states == that.states;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(userId) * 31 + java.util.Arrays.hashCode(roles);
    }

    @Override
    public String toString() {
      return "CachedMember.Standard[userId="
          + userId
          + ", roles="
          + java.util.Arrays.toString(roles)
          + ", nick="
          + nick
          + "]";
    }

    private static byte flag(Optional<Boolean> value, byte kept, byte bit) {
      return value.isPresent() ? (value.get() ? bit : 0) : (byte) (kept & bit);
    }

    private static long millis(Optional<Instant> time) {
      return time.isPresent() ? time.get().toEpochMilli() : 0L;
    }
  }
}
