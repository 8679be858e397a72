package dev.gloam.cache.inmemory;

import dev.gloam.cache.inmemory.form.CachedChannel;
import dev.gloam.cache.inmemory.form.CachedForms;
import dev.gloam.cache.inmemory.form.CachedMember;
import dev.gloam.cache.inmemory.form.CachedMessage;
import dev.gloam.cache.inmemory.form.CachedThreadMember;
import dev.gloam.cache.inmemory.form.CachedUser;
import dev.gloam.cache.inmemory.map.LongMap;
import dev.gloam.model.user.User;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The cache's maps and the operations several kinds of event share: per-guild locking, users
 * counted by the guilds that refer to them, and removing what a guild or channel held.
 *
 * <p>Locking: an update of a guild's resources holds that guild's lock (one of {@link
 * #LOCK_STRIPES}, picked by id), never two of them, and the maps' own segment locks are taken only
 * inside map calls. No cached form is made while a segment lock is held. Readers take no lock.
 */
final class Stores {
  static final int LOCK_STRIPES = 64;
  // Maps that every shard writes to get many segments, so updates of different guilds rarely wait.
  private static final int SHARED_SEGMENTS = 64;
  // How often a reader-visible compare-and-set is retried when another updater changed the entry.
  private static final int RETRIES = 16;

  final Set<ResourceType> wanted;
  final CachedForms forms;
  final int messagesPerChannel;
  final Clock clock;

  final LongMap<GuildState> guilds = new LongMap<>(SHARED_SEGMENTS);
  final LongMap<CachedChannel> channels = new LongMap<>(SHARED_SEGMENTS);
  // A user in one cached guild (most of them) is stored as its form alone; one in several, or one
  // without user data, as a SharedUser that also counts the guilds. See guildsOf and userOf.
  final LongMap<Object> users = new LongMap<>(SHARED_SEGMENTS);
  final LongMap<CachedMessage> messages = new LongMap<>(SHARED_SEGMENTS);
  final LongMap<MessageRing> rings = new LongMap<>(SHARED_SEGMENTS);
  final LongMap<LongMap<CachedThreadMember>> threadMembers = new LongMap<>(SHARED_SEGMENTS);
  volatile CachedUser currentUser;

  private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

  /**
   * A cached user and how many cached guilds have it as a member, when that is not simply one.
   *
   * @param user the user's form, or null when only members without user data referred to it
   * @param guilds the number of guilds
   */
  record SharedUser(CachedUser user, int guilds) {}

  static CachedUser userOf(Object entry) {
    return entry instanceof SharedUser shared ? shared.user() : (CachedUser) entry;
  }

  static int guildsOf(Object entry) {
    return entry == null ? 0 : entry instanceof SharedUser shared ? shared.guilds() : 1;
  }

  private static Object entry(CachedUser user, int guilds) {
    return guilds == 1 && user != null ? user : new SharedUser(user, guilds);
  }

  Stores(Set<ResourceType> wanted, CachedForms forms, int messagesPerChannel, Clock clock) {
    this.wanted = wanted.isEmpty() ? EnumSet.noneOf(ResourceType.class) : EnumSet.copyOf(wanted);
    this.forms = forms;
    this.messagesPerChannel = messagesPerChannel;
    this.clock = clock;
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  boolean wants(ResourceType type) {
    return wanted.contains(type);
  }

  /** Runs an update of a guild's resources under its lock. */
  void locked(long guildId, Runnable update) {
    ReentrantLock lock = locks[(int) (guildId ^ (guildId >>> 22)) & (LOCK_STRIPES - 1)];
    lock.lock();
    try {
      update.run();
    } finally {
      lock.unlock();
    }
  }

  /** Runs an update of a cached guild under its lock; does nothing for a guild not cached. */
  void inGuild(long guildId, Consumer<GuildState> update) {
    locked(
        guildId,
        () -> {
          GuildState state = guilds.get(guildId);
          if (state != null) {
            update.accept(state);
          }
        });
  }

  // ----- members and their users

  /**
   * Caches a member of a guild; counts the guild for its user when the member is new. The user's
   * data, when given, replaces what was cached.
   */
  void putMember(GuildState state, long userId, CachedMember member, User user) {
    CachedMember old = state.members.put(userId, member);
    if (!wants(ResourceType.USER)) {
      return;
    }
    CachedUser form = user == null ? null : forms.user(user);
    if (old == null) {
      users.compute(
          userId, entry -> entry(form != null ? form : userOf(entry), guildsOf(entry) + 1));
    } else if (form != null) {
      users.compute(userId, entry -> entry == null ? null : entry(form, guildsOf(entry)));
    }
  }

  /** Removes a member from a guild; forgets its user when no cached guild has it any more. */
  void removeMember(GuildState state, long userId) {
    if (state.members.remove(userId) != null) {
      userLeft(userId);
    }
  }

  void userLeft(long userId) {
    if (wants(ResourceType.USER)) {
      users.compute(
          userId, entry -> guildsOf(entry) <= 1 ? null : entry(userOf(entry), guildsOf(entry) - 1));
    }
  }

  /** Replaces a cached user's form through a function; does nothing for a user not cached. */
  void updateUser(long userId, UnaryOperator<CachedUser> change) {
    replace(
        users,
        userId,
        entry -> {
          CachedUser before = userOf(entry);
          CachedUser next = change.apply(before);
          return next == null || next == before ? entry : entry(next, guildsOf(entry));
        });
  }

  /**
   * Replaces a value through a function that runs outside the map's lock (it may make a form), and
   * retries when another updater changed the value meanwhile.
   */
  private static <V> void replace(LongMap<V> map, long key, UnaryOperator<V> change) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      V before = map.get(key);
      if (before == null) {
        return;
      }
      V next = change.apply(before);
      if (next == before) {
        return;
      }
      boolean[] swapped = {false};
      map.compute(
          key,
          current -> {
            if (current != before) {
              return current;
            }
            swapped[0] = true;
            return next;
          });
      if (swapped[0]) {
        return;
      }
    }
  }

  // ----- messages

  /** Replaces a cached message's form through a function; does nothing for one not cached. */
  void updateMessage(long messageId, UnaryOperator<CachedMessage> change) {
    replace(messages, messageId, change);
  }

  void putMessage(CachedMessage message) {
    messages.put(message.id(), message);
    MessageRing ring =
        rings.compute(
            message.channelId(), r -> r != null ? r : new MessageRing(messagesPerChannel));
    long evicted = ring.add(message.id());
    if (evicted != 0) {
      messages.remove(evicted);
    }
  }

  void removeMessage(long channelId, long messageId) {
    messages.remove(messageId);
    MessageRing ring = rings.get(channelId);
    if (ring != null) {
      ring.remove(messageId);
    }
  }

  // ----- removal of whole channels and guilds

  /** Forgets a channel or thread: its form, its messages and its thread members. */
  void dropChannel(GuildState state, long channelId) {
    if (state != null) {
      state.channels.remove(channelId);
    }
    channels.remove(channelId);
    threadMembers.remove(channelId);
    MessageRing ring = rings.remove(channelId);
    if (ring != null) {
      for (long messageId : ring.newestFirst()) {
        messages.remove(messageId);
      }
    }
  }

  /**
   * Releases what a guild state held that lives outside it: its members' users and its channels in
   * the shared maps. Channels that the state replacing it still has are kept.
   */
  void release(GuildState old, GuildState replacement) {
    for (long userId : old.members.keys()) {
      userLeft(userId);
    }
    for (long channelId : old.channels.keys()) {
      if (replacement == null || !replacement.channels.containsKey(channelId)) {
        dropChannel(null, channelId);
      }
    }
  }

  void clear() {
    guilds.clear();
    channels.clear();
    users.clear();
    messages.clear();
    rings.clear();
    threadMembers.clear();
    currentUser = null;
  }
}
