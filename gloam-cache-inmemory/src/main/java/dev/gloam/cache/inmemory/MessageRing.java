package dev.gloam.cache.inmemory;

/**
 * The ids of a channel's newest cached messages, oldest first, at most a fixed number. Adding one
 * more than that evicts the oldest, whose message the caller then drops.
 */
final class MessageRing {
  private final long[] ids;
  private int start;
  private int size;

  MessageRing(int capacity) {
    ids = new long[capacity];
  }

  /** Adds a message id; returns the evicted id, or 0 when none was. */
  synchronized long add(long id) {
    for (int i = 0; i < size; i++) {
      if (ids[(start + i) % ids.length] == id) {
        return 0;
      }
    }
    if (size < ids.length) {
      ids[(start + size) % ids.length] = id;
      size++;
      return 0;
    }
    long evicted = ids[start];
    ids[start] = id;
    start = (start + 1) % ids.length;
    return evicted;
  }

  /** Removes a message id if present, keeping the others in order. */
  synchronized void remove(long id) {
    int kept = 0;
    long[] order = snapshot();
    for (long each : order) {
      if (each != id) {
        ids[kept++] = each;
      }
    }
    start = 0;
    size = kept;
  }

  /** Returns the ids, newest first. */
  synchronized long[] newestFirst() {
    long[] order = snapshot();
    long[] reversed = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      reversed[i] = order[order.length - 1 - i];
    }
    return reversed;
  }

  private long[] snapshot() {
    long[] order = new long[size];
    for (int i = 0; i < size; i++) {
      order[i] = ids[(start + i) % ids.length];
    }
    return order;
  }
}
