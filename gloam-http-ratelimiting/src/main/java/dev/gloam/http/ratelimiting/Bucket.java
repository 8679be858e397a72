package dev.gloam.http.ratelimiting;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One queue of requests and what is known about the limit they count against, for one major
 * parameter value. Until Discord names the bucket of a route, the route has a provisional bucket of
 * its own (no hash) that lets one request go at a time; the first answer with {@code
 * X-RateLimit-Bucket} moves its queue into the bucket of that hash, which every route with the same
 * hash shares.
 *
 * <p>Each bucket has its own lock; nothing here takes a lock of the whole limiter.
 */
final class Bucket {
  private enum State {
    /** No answer yet: one request at a time. */
    UNKNOWN,
    /** Discord reported a limit. */
    LIMITED,
    /** Discord answered successfully without rate limit headers: only the global limit applies. */
    UNLIMITED
  }

  private static final long NONE = Long.MIN_VALUE;

  final InMemoryRateLimiter limiter;
  final String hash; // null for a provisional bucket
  final Major major;
  final Endpoint provisionalKey; // the route's key in the limiter's table, for a provisional bucket
  final AtomicBoolean globalWaiting = new AtomicBoolean();
  final AtomicBoolean majorWaiting = new AtomicBoolean();

  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
  private volatile Bucket movedTo;
  private State state = State.UNKNOWN;
  private int limit;
  private int remaining;
  private long resetAt = NONE;
  private Instant window; // X-RateLimit-Reset of the window `remaining` belongs to, if known
  private int inFlight;
  private long blockedUntil = NONE;
  private long wakeAt = NONE;

  Bucket(InMemoryRateLimiter limiter, String hash, Major major, Endpoint provisionalKey) {
    this.limiter = limiter;
    this.hash = hash;
    this.major = major;
    this.provisionalKey = provisionalKey;
  }

  /** A request waiting in a queue, in order of arrival. */
  static final class Waiter {
    final Endpoint endpoint;
    final long sequence;
    final CompletableFuture<Permit> future = new CompletableFuture<>();

    Waiter(Endpoint endpoint, long sequence) {
      this.endpoint = endpoint;
      this.sequence = sequence;
    }
  }

  /** A request that may go, and the waiter to hand it to. */
  private record Granted(Waiter waiter, Grant grant) {}

  CompletableFuture<Permit> acquire(Endpoint endpoint) {
    Bucket bucket = this;
    while (true) {
      Waiter waiter = null;
      Bucket target;
      bucket.lock.lock();
      try {
        target = bucket.movedTo;
        if (target == null) {
          if (bucket.queue.isEmpty()) {
            Grant grant = bucket.tryGrant(endpoint, limiter.now());
            if (grant != null) {
              return CompletableFuture.completedFuture(grant);
            }
          }
          waiter = new Waiter(endpoint, limiter.nextSequence());
          bucket.queue.add(waiter);
        }
      } finally {
        bucket.lock.unlock();
      }
      if (target != null) {
        bucket = target; // merged meanwhile: queue where the bucket's requests went
        continue;
      }
      Bucket queuedIn = bucket;
      Waiter queued = waiter;
      queued.future.whenComplete(
          (permit, error) -> {
            if (queued.future.isCancelled()) {
              queuedIn.forget(queued);
            }
          });
      bucket.drain();
      return queued.future;
    }
  }

  private void forget(Waiter waiter) {
    Bucket bucket = this;
    while (bucket != null) {
      bucket.lock.lock();
      try {
        if (bucket.queue.remove(waiter)) {
          break;
        }
      } finally {
        bucket.lock.unlock();
      }
      bucket = bucket.movedTo;
    }
    if (bucket != null) {
      bucket.drain();
    }
  }

  /**
   * Decides whether a request may go now; if not, arranges to be drained when it might. Called with
   * the lock held.
   */
  private Grant tryGrant(Endpoint endpoint, long now) {
    long halt = limiter.haltedUntil(now);
    if (halt - now > 0) {
      scheduleWake(halt);
      return null;
    }
    if (endpoint.authenticated()) {
      long hold = limiter.invalidHoldUntil(now);
      if (hold - now > 0) {
        scheduleWake(hold);
        return null;
      }
    }
    if (blockedUntil != NONE) {
      if (blockedUntil - now > 0) {
        scheduleWake(blockedUntil);
        return null;
      }
      blockedUntil = NONE;
    }
    switch (state) {
      case UNKNOWN -> {
        if (inFlight > 0) {
          return null; // the answer in flight tells the limit; it drains the queue
        }
      }
      case LIMITED -> {
        if (resetAt != NONE && resetAt - now <= 0) {
          // The window is over (Discord's ended no later than ours): a full one lies ahead, but
          // requests still in flight may count in it.
          remaining = limit;
          resetAt = NONE;
        }
        if (remaining - inFlight <= 0) {
          if (resetAt != NONE) {
            scheduleWake(resetAt);
          }
          return null; // otherwise the answers in flight drain the queue
        }
        if (remaining - inFlight - major.discovering.get() <= 0 && !waitForDiscovery()) {
          return null;
        }
      }
      case UNLIMITED -> {}
    }
    GlobalLimit global = limiter.globalLimitOf(endpoint);
    int slot = -1;
    if (global != null) {
      slot = global.tryAcquire(this, now);
      if (slot < 0) {
        return null;
      }
    }
    inFlight++;
    boolean discovering = hash == null && state == State.UNKNOWN;
    if (discovering) {
      major.discovering.incrementAndGet();
    }
    return new Grant(this, endpoint, global, slot, discovering);
  }

  /**
   * Requests of routes whose bucket is not known yet may count against this bucket; waits for their
   * answers. Returns true if they arrived meanwhile.
   */
  private boolean waitForDiscovery() {
    if (majorWaiting.compareAndSet(false, true)) {
      major.waiting.add(this);
    }
    // An answer that arrived before the registration did not see this bucket: look again.
    return remaining - inFlight - major.discovering.get() > 0;
  }

  /** Schedules a drain at {@code at} unless one is due no later. Called with the lock held. */
  void scheduleWake(long at) {
    if (wakeAt != NONE && wakeAt - at <= 0) {
      return;
    }
    wakeAt = at;
    limiter.schedule(
        at,
        () -> {
          lock.lock();
          try {
            if (wakeAt == at) {
              wakeAt = NONE;
            }
          } finally {
            lock.unlock();
          }
          drain();
        });
  }

  /** Grants the requests at the head of the queue that may go now, in order. */
  void drain() {
    Bucket target = movedTo;
    if (target != null) {
      target.drain();
      return;
    }
    List<Granted> granted = null;
    List<Waiter> refused = null;
    lock.lock();
    try {
      if (movedTo != null) {
        target = movedTo;
      } else {
        long now = limiter.now();
        Waiter head;
        while ((head = queue.peek()) != null) {
          if (head.future.isDone()) {
            queue.poll();
            continue;
          }
          if (limiter.refuses(head.endpoint)) {
            queue.poll();
            refused = add(refused, head);
            continue;
          }
          Grant grant = tryGrant(head.endpoint, now);
          if (grant == null) {
            break;
          }
          queue.poll();
          granted = add(granted, new Granted(head, grant));
        }
      }
    } finally {
      lock.unlock();
    }
    if (target != null) {
      target.drain();
      return;
    }
    if (refused != null) {
      refused.forEach(
          waiter -> waiter.future.completeExceptionally(limiter.refusal(waiter.endpoint)));
    }
    if (granted != null) {
      for (Granted g : granted) {
        if (!g.waiter().future.complete(g.grant())) {
          g.grant().abandon(); // cancelled meanwhile: the request is never sent
        }
      }
    }
  }

  private static <T> List<T> add(List<T> list, T item) {
    List<T> result = list == null ? new ArrayList<>() : list;
    result.add(item);
    return result;
  }

  /** Fails every waiting request; the limiter is closing. */
  void failAll() {
    List<Waiter> waiting;
    lock.lock();
    try {
      waiting = new ArrayList<>(queue);
      queue.clear();
    } finally {
      lock.unlock();
    }
    waiting.forEach(
        waiter -> waiter.future.completeExceptionally(limiter.refusal(waiter.endpoint)));
  }

  /** Learns from a request's answer and lets the next requests go. */
  void completed(Grant grant, Outcome outcome, long now) {
    Bucket drainAlso = null;
    lock.lock();
    try {
      inFlight--;
      if (outcome.rateLimited() && !outcome.cloudflare() && !outcome.global()) {
        // A bucket (user scope) or the resource (shared scope) is exhausted.
        long until = now + outcome.retryAfter().map(InMemoryRateLimiter::nanos).orElse(0L);
        if (blockedUntil == NONE || until - blockedUntil > 0) {
          blockedUntil = until;
        }
      }
      if (outcome.bucket().isPresent() && !outcome.bucket().get().equals(hash)) {
        String learned = outcome.bucket().get();
        limiter.learn(grant.endpoint.route(), learned);
        Bucket target = limiter.bucket(learned, major);
        if (hash == null) {
          moveInto(target, outcome, now);
        } else {
          // The route moved to another bucket; later requests go there, queued ones stay.
          limiter.repoint(grant.endpoint, target);
        }
        drainAlso = target;
      } else {
        update(outcome, now);
      }
    } finally {
      lock.unlock();
    }
    if (drainAlso != null) {
      drainAlso.drain();
    }
    drain();
  }

  /** Moves this provisional bucket's queue into the bucket Discord named. Lock held. */
  private void moveInto(Bucket target, Outcome outcome, long now) {
    target.lock.lock();
    try {
      target.update(outcome, now);
      if (blockedUntil != NONE
          && (target.blockedUntil == NONE || blockedUntil - target.blockedUntil > 0)) {
        target.blockedUntil = blockedUntil;
      }
      target.inFlight += inFlight;
      inFlight = 0;
      // Both queues are in arrival order; merge them so the target's stays so.
      ArrayDeque<Waiter> merged = new ArrayDeque<>(target.queue.size() + queue.size());
      while (!target.queue.isEmpty() || !queue.isEmpty()) {
        Waiter a = target.queue.peek();
        Waiter b = queue.peek();
        merged.add(
            b == null || (a != null && a.sequence < b.sequence)
                ? target.queue.poll()
                : queue.poll());
      }
      target.queue.addAll(merged);
      movedTo = target;
    } finally {
      target.lock.unlock();
    }
    limiter.repoint(provisionalKey, target);
  }

  /** Takes in the rate limit headers of an answer. Lock held. */
  private void update(Outcome outcome, long now) {
    if (outcome.remaining().isEmpty() || outcome.resetAfter().isEmpty()) {
      if (state == State.UNKNOWN && outcome.status() >= 200 && outcome.status() < 300) {
        if (outcome.limit().isEmpty()) {
          state = State.UNLIMITED;
        }
      }
      return;
    }
    int answerRemaining = outcome.remaining().getAsInt();
    long answerReset = now + InMemoryRateLimiter.nanos(outcome.resetAfter().get());
    Instant answerWindow = outcome.reset().orElse(null);
    if (outcome.limit().isPresent()) {
      limit = Math.max(outcome.limit().getAsInt(), 1);
    } else if (state != State.LIMITED) {
      limit = Math.max(answerRemaining, 1);
    }
    boolean adopt;
    if (state != State.LIMITED) {
      adopt = true;
    } else if (answerWindow != null && window != null && !answerWindow.equals(window)) {
      // A later window has begun at Discord (adopt it), or the answer is a late one from an
      // earlier window (ignore it).
      adopt = answerWindow.isAfter(window);
    } else if (resetAt == NONE) {
      // Our window ended; the answer belongs to the next one unless it names the ended one.
      adopt = answerWindow == null || window == null;
    } else {
      // The same window: answers may arrive out of order, so the lowest remaining count holds.
      remaining = Math.min(remaining, answerRemaining);
      if (answerReset - resetAt > 0) {
        resetAt = answerReset;
      }
      return;
    }
    if (adopt) {
      state = State.LIMITED;
      remaining = answerRemaining;
      resetAt = answerReset;
      window = answerWindow;
    }
  }

  /** Reports that a granted request got no answer. */
  void failed(Grant grant) {
    lock.lock();
    try {
      inFlight--;
      if (state == State.LIMITED && remaining > 0) {
        remaining--; // it may have reached Discord and counted
      }
    } finally {
      lock.unlock();
    }
    drain();
  }

  /** Takes back a grant whose request was never sent. */
  void abandoned(Grant grant) {
    lock.lock();
    try {
      inFlight--;
    } finally {
      lock.unlock();
    }
    drain();
  }

  Bucket resolve() {
    Bucket bucket = this;
    Bucket next;
    while ((next = bucket.movedTo) != null) {
      bucket = next;
    }
    return bucket;
  }
}
