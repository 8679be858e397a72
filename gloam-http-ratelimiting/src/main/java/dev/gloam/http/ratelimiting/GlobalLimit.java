package dev.gloam.http.ratelimiting;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A pre-emptive global limit of {@code requests} per {@code window}, without a lock.
 *
 * <p>It holds one slot per request the window allows. A slot is taken when a request is sent and
 * becomes free again one window after the request's answer arrived (or after it was given up).
 * Since Discord counts a request no later than it answers it, any window of Discord's clock then
 * sees at most {@code requests} of them, however Discord aligns its windows and however the latency
 * varies. The price is that the rate stays a little below the limit: each request holds its slot
 * for its latency plus the window.
 */
final class GlobalLimit {
  /** The value of a slot whose request is in flight. */
  private static final long IN_FLIGHT = Long.MAX_VALUE;

  private final InMemoryRateLimiter limiter;
  private final long window;
  // Per slot: the tick from which it is free, or IN_FLIGHT.
  private final AtomicLongArray slots;
  private final AtomicInteger cursor = new AtomicInteger();
  // Buckets whose head request waits for a slot; each is in here at most once.
  private final ConcurrentLinkedQueue<Bucket> waiters = new ConcurrentLinkedQueue<>();
  private final AtomicLong wakeAt = new AtomicLong(IN_FLIGHT);
  // Set by a global 429: no request of this limit goes before this tick.
  private volatile long blockedUntil;
  private volatile boolean blocked;

  GlobalLimit(InMemoryRateLimiter limiter, int requests, long window, long now) {
    this.limiter = limiter;
    this.window = window;
    this.slots = new AtomicLongArray(requests);
    for (int i = 0; i < requests; i++) {
      slots.set(i, now);
    }
  }

  /**
   * Takes a slot for the bucket's head request, or registers the bucket to be drained when one may
   * be free. Called with the bucket's lock held.
   *
   * @return the slot, or -1 if none is free
   */
  int tryAcquire(Bucket bucket, long now) {
    if (blocked && now - blockedUntil < 0) {
      bucket.scheduleWake(blockedUntil);
      return -1;
    }
    int slot = scan(now);
    if (slot >= 0) {
      return slot;
    }
    if (bucket.globalWaiting.compareAndSet(false, true)) {
      waiters.add(bucket);
    }
    // A slot released between the scan and the registration did not see the bucket: look again.
    slot = scan(now);
    if (slot >= 0) {
      return slot;
    }
    long earliest = earliest();
    if (earliest != IN_FLIGHT) {
      scheduleWake(earliest);
    }
    return -1;
  }

  private int scan(long now) {
    int n = slots.length();
    int start = Math.floorMod(cursor.getAndIncrement(), n);
    for (int i = 0; i < n; i++) {
      int index = start + i < n ? start + i : start + i - n;
      long free = slots.get(index);
      if (free != IN_FLIGHT && free - now <= 0 && slots.compareAndSet(index, free, IN_FLIGHT)) {
        return index;
      }
    }
    return -1;
  }

  private long earliest() {
    long earliest = IN_FLIGHT;
    for (int i = 0; i < slots.length(); i++) {
      long free = slots.get(i);
      if (free != IN_FLIGHT && (earliest == IN_FLIGHT || free - earliest < 0)) {
        earliest = free;
      }
    }
    return earliest;
  }

  /** Frees a slot one window after the request's answer (or failure) at {@code now}. */
  void release(int slot, long now) {
    long free = now + window;
    slots.set(slot, free);
    if (!waiters.isEmpty()) {
      scheduleWake(free);
    }
  }

  /** Frees the slot of a request that was never sent at once. */
  void abandon(int slot, long now) {
    slots.set(slot, now);
    signal();
  }

  /** Holds every request of this limit until {@code until} (a global 429). */
  void block(long until) {
    if (!blocked || until - blockedUntil > 0) {
      blockedUntil = until;
      blocked = true;
    }
    scheduleWake(until);
  }

  private void scheduleWake(long at) {
    while (true) {
      long pending = wakeAt.get();
      if (pending != IN_FLIGHT && pending - at <= 0) {
        return; // an earlier wake is already due; its waiters register again if need be
      }
      if (wakeAt.compareAndSet(pending, at)) {
        limiter.schedule(
            at,
            () -> {
              wakeAt.compareAndSet(at, IN_FLIGHT);
              signal();
            });
        return;
      }
    }
  }

  /** Lets every waiting bucket try again. */
  void signal() {
    for (int n = waiters.size(); n > 0; n--) {
      Bucket bucket = waiters.poll();
      if (bucket == null) {
        return;
      }
      bucket.globalWaiting.set(false);
      bucket.drain();
    }
  }
}
