package dev.gloam.cache.inmemory.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.StampedLock;
import java.util.function.UnaryOperator;

/**
 * A map from {@code long} keys (Discord ids) to values, for many writers and readers at once.
 *
 * <p>The keys are spread over segments, each an open-addressing table of a {@code long[]} and an
 * {@code Object[]} guarded by its own {@link StampedLock}: an entry costs 15 to 30 bytes (12 at a
 * load between 2/5 and 4/5) where a {@code ConcurrentHashMap<Long, V>} spends about 64 on a node
 * and a boxed key. Writers lock one segment; readers take no lock at all unless a write to their
 * segment overlapped them, and then wait only for that write. No lock is ever held while another is
 * taken, so no read can deadlock an update. Values are never null; an absent key reads as null.
 *
 * <pre>{@code
 * LongMap<CachedUser> users = new LongMap<>(64);
 * users.put(user.id().value(), cached);
 * CachedUser again = users.get(user.id().value());
 * }</pre>
 *
 * @param <V> the values
 */
public final class LongMap<V> {
  private static final int FIRST_CAPACITY = 4;

  private static final Segment[] NONE = new Segment[0];

  // Made on the first write, so that the many maps that stay empty (a guild without stickers or
  // stage instances) cost only this object.
  private volatile Segment[] segments;
  private final int segmentMask;

  /**
   * Creates an empty map.
   *
   * @param segments how many writers may work at once, rounded up to a power of two: many for a map
   *     that every shard writes to, 1 for a small map such as one guild's roles
   * @throws IllegalArgumentException if {@code segments} is not between 1 and 1,024
   */
  public LongMap(int segments) {
    if (segments < 1 || segments > 1024) {
      throw new IllegalArgumentException("segments must be 1 to 1024, not " + segments);
    }
    int count = 1;
    while (count < segments) {
      count <<= 1;
    }
    this.segmentMask = count - 1;
  }

  private Segment[] readable() {
    Segment[] made = segments;
    return made != null ? made : NONE;
  }

  private Segment[] writable() {
    Segment[] made = segments;
    if (made == null) {
      synchronized (this) {
        made = segments;
        if (made == null) {
          made = new Segment[segmentMask + 1];
          for (int i = 0; i < made.length; i++) {
            made[i] = new Segment();
          }
          segments = made;
        }
      }
    }
    return made;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @return the value, or null if there is none
   */
  @SuppressWarnings("unchecked")
  public V get(long key) {
    Segment[] made = segments;
    if (made == null) {
      return null;
    }
    long hash = mix(key);
    return (V) segment(made, hash).get(key, hash);
  }

  /**
   * Tells whether a key has a value.
   *
   * @param key the key
   * @return true if it has one
   */
  public boolean containsKey(long key) {
    return get(key) != null;
  }

  /**
   * Sets the value of a key.
   *
   * @param key the key
   * @param value the value
   * @return the value it replaced, or null
   */
  @SuppressWarnings("unchecked")
  public V put(long key, V value) {
    Objects.requireNonNull(value, "value");
    long hash = mix(key);
    return (V) segment(writable(), hash).update(key, hash, old -> value);
  }

  /**
   * Removes a key.
   *
   * @param key the key
   * @return the value it had, or null
   */
  @SuppressWarnings("unchecked")
  public V remove(long key) {
    Segment[] made = segments;
    if (made == null) {
      return null;
    }
    long hash = mix(key);
    return (V) segment(made, hash).update(key, hash, old -> null);
  }

  /**
   * Replaces the value of a key by a function of the current one, atomically for that key: two
   * updates of keys in the same segment wait for each other, so the function must be quick and must
   * not use this map.
   *
   * @param key the key
   * @param update gets the current value or null, returns the new value, or null to remove the key
   * @return the new value, or null if the key has none now
   */
  @SuppressWarnings("unchecked")
  public V compute(long key, UnaryOperator<V> update) {
    Objects.requireNonNull(update, "update");
    long hash = mix(key);
    Segment segment = segment(writable(), hash);
    Object[] result = new Object[1];
    segment.update(
        key,
        hash,
        old -> {
          Object next = update.apply((V) old);
          result[0] = next;
          return next;
        });
    return (V) result[0];
  }

  /**
   * Returns how many keys have a value. With concurrent writers it is a moment's count of each
   * segment in turn.
   *
   * @return the number of entries
   */
  public int size() {
    int size = 0;
    for (Segment segment : readable()) {
      size += segment.size();
    }
    return size;
  }

  /**
   * Tells whether the map is empty.
   *
   * @return true if no key has a value
   */
  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Returns the values, copied segment by segment: each segment as it was at one moment, the map as
   * a whole as it was while they were copied.
   *
   * @return a new list of the values
   */
  @SuppressWarnings("unchecked")
  public List<V> values() {
    List<V> values = new ArrayList<>();
    for (Segment segment : readable()) {
      segment.copyValues((List<Object>) values);
    }
    return values;
  }

  /**
   * Returns the keys, copied as {@link #values()} are.
   *
   * @return a new array of the keys
   */
  public long[] keys() {
    Segment[] made = readable();
    long[][] parts = new long[made.length][];
    int total = 0;
    for (int i = 0; i < made.length; i++) {
      parts[i] = made[i].keys();
      total += parts[i].length;
    }
    long[] keys = new long[total];
    int at = 0;
    for (long[] part : parts) {
      System.arraycopy(part, 0, keys, at, part.length);
      at += part.length;
    }
    return keys;
  }

  /** Removes every entry, one segment after the other. */
  public void clear() {
    for (Segment segment : readable()) {
      segment.clear();
    }
  }

  private Segment segment(Segment[] made, long hash) {
    // The high bits pick the segment, the low bits the slot inside it.
    return made[(int) (hash >>> 40) & segmentMask];
  }

  // Snowflakes differ mostly in their low and middle bits (increment, worker, time); a multiply and
  // a fold spread them over every bit.
  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** One open-addressing table (linear probing, no tombstones) and its lock. */
  private static final class Segment {
    private final StampedLock lock = new StampedLock();
    // Replaced as a pair under the write lock; a reader checks its stamp before trusting them.
    private long[] keys;
    private Object[] values;
    private int size;

    Object get(long key, long hash) {
      long stamp = lock.tryOptimisticRead();
      if (stamp != 0) {
        Object found = find(keys, values, key, hash);
        if (lock.validate(stamp)) {
          return found;
        }
      }
      stamp = lock.readLock();
      try {
        return find(keys, values, key, hash);
      } finally {
        lock.unlockRead(stamp);
      }
    }

    // May run on arrays a writer is changing: the probe is bounded, and the caller discards the
    // result unless its stamp is still valid.
    private static Object find(long[] keys, Object[] values, long key, long hash) {
      if (keys == null || values == null || keys.length != values.length) {
        return null;
      }
      int mask = keys.length - 1;
      int at = (int) hash & mask;
      for (int probes = 0; probes <= mask; probes++) {
        Object value = values[at];
        if (value == null) {
          return null;
        }
        if (keys[at] == key) {
          return value;
        }
        at = (at + 1) & mask;
      }
      return null;
    }

    Object update(long key, long hash, UnaryOperator<Object> change) {
      long stamp = lock.writeLock();
      try {
        int at = keys == null ? -1 : slot(key, hash);
        Object old = at >= 0 ? values[at] : null;
        Object next = change.apply(old);
        if (next == null) {
          if (old != null) {
            delete(at);
          }
        } else if (old != null) {
          values[at] = next;
        } else {
          insert(key, hash, next);
        }
        return old;
      } finally {
        lock.unlockWrite(stamp);
      }
    }

    // The slot holding the key, or -1.
    private int slot(long key, long hash) {
      int mask = keys.length - 1;
      for (int at = (int) hash & mask; values[at] != null; at = (at + 1) & mask) {
        if (keys[at] == key) {
          return at;
        }
      }
      return -1;
    }

    private void insert(long key, long hash, Object value) {
      if (keys == null) {
        keys = new long[FIRST_CAPACITY];
        values = new Object[FIRST_CAPACITY];
      } else if ((size + 1) * 5 > keys.length * 4) {
        resize(keys.length * 2);
      }
      place(keys, values, key, hash, value);
      size++;
    }

    private static void place(long[] keys, Object[] values, long key, long hash, Object value) {
      int mask = keys.length - 1;
      int at = (int) hash & mask;
      while (values[at] != null) {
        at = (at + 1) & mask;
      }
      keys[at] = key;
      values[at] = value;
    }

    private void resize(int capacity) {
      long[] newKeys = new long[capacity];
      Object[] newValues = new Object[capacity];
      for (int i = 0; i < keys.length; i++) {
        if (values[i] != null) {
          place(newKeys, newValues, keys[i], mix(keys[i]), values[i]);
        }
      }
      keys = newKeys;
      values = newValues;
    }

    // Backward-shift deletion: the entries after the hole that probed past it move into it, so a
    // lookup never stops early at the hole.
    private void delete(int slot) {
      int mask = keys.length - 1;
      int hole = slot;
      int at = (slot + 1) & mask;
      while (values[at] != null) {
        int home = (int) mix(keys[at]) & mask;
        // Move the entry if its home is not between the hole (exclusive) and where it is now.
        boolean between = hole <= at ? (hole < home && home <= at) : (hole < home || home <= at);
        if (!between) {
          keys[hole] = keys[at];
          values[hole] = values[at];
          hole = at;
        }
        at = (at + 1) & mask;
      }
      values[hole] = null;
      keys[hole] = 0;
      size--;
      if (size == 0) {
        keys = null;
        values = null;
      } else if (keys.length > FIRST_CAPACITY && size * 8 < keys.length) {
        resize(keys.length / 2);
      }
    }

    int size() {
      long stamp = lock.tryOptimisticRead();
      int counted = size;
      if (stamp != 0 && lock.validate(stamp)) {
        return counted;
      }
      stamp = lock.readLock();
      try {
        return size;
      } finally {
        lock.unlockRead(stamp);
      }
    }

    void copyValues(List<Object> into) {
      long stamp = lock.readLock();
      try {
        if (values != null) {
          for (Object value : values) {
            if (value != null) {
              into.add(value);
            }
          }
        }
      } finally {
        lock.unlockRead(stamp);
      }
    }

    long[] keys() {
      long stamp = lock.readLock();
      try {
        long[] copy = new long[size];
        int at = 0;
        if (values != null) {
          for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
              copy[at++] = keys[i];
            }
          }
        }
        return copy;
      } finally {
        lock.unlockRead(stamp);
      }
    }

    void clear() {
      long stamp = lock.writeLock();
      try {
        keys = null;
        values = null;
        size = 0;
      } finally {
        lock.unlockWrite(stamp);
      }
    }
  }
}
