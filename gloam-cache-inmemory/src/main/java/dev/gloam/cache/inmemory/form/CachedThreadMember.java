package dev.gloam.cache.inmemory.form;

import dev.gloam.model.channel.thread.ThreadMember;
import java.time.Instant;

/**
 * A user's membership of a thread as the cache keeps it (Discord: resources/channel "Thread Member
 * Object").
 *
 * <p>The cache reads only the user id.
 */
public interface CachedThreadMember {

  /**
   * Returns the member's user id.
   *
   * @return the user id
   */
  long userId();

  /**
   * The standard form.
   *
   * @param userId the user id
   * @param joinTimestamp when the user joined the thread
   * @param flags the notification flags
   */
  record Standard(long userId, Instant joinTimestamp, int flags) implements CachedThreadMember {

    /**
     * Keeps a thread member's standard fields.
     *
     * @param member the thread member
     * @param userId its user id (THREAD_LIST_SYNC and GUILD_CREATE name the current user's
     *     memberships without it)
     * @return the cached form
     */
    public static Standard of(ThreadMember member, long userId) {
      return new Standard(userId, member.joinTimestamp(), member.flags());
    }
  }
}
