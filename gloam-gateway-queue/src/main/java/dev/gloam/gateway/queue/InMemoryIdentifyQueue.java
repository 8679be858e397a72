package dev.gloam.gateway.queue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Paces the IDENTIFYs of all shards of one process, in memory.
 *
 * <ul>
 *   <li><b>Buckets.</b> A shard waits in the bucket of its rate limit key, {@code shardId %
 *       maxConcurrency}. Each bucket lets one shard through per {@linkplain Builder#interval
 *       interval} (5 seconds), in the order the shards asked; the buckets go side by side, so up to
 *       {@code maxConcurrency} shards identify in the same interval.
 *   <li><b>Daily limit.</b> Each shard let through uses one of the remaining session starts. When
 *       none are left, every shard waits until the limit resets; the reset restores the total, and
 *       the next reset is assumed a day later unless {@link #update} says otherwise.
 *   <li><b>Updates.</b> {@link #update} takes a fresh {@link SessionStartLimit} (from {@code GET
 *       /gateway/bot}) at any time. If its {@code maxConcurrency} differs, the waiting shards move
 *       to their new buckets in the order they asked, and no new bucket lets a shard through before
 *       the last grant of any old bucket is an interval old, since the old and new keys say nothing
 *       about each other.
 * </ul>
 *
 * <p>Threads: waiting shards hold no thread. One daemon thread named {@code gloam-identify-queue}
 * runs the timers that let them through, so continuations attached to {@link #enqueue}'s future
 * without an executor run there and should hand off their work. {@link #close()} stops it and fails
 * the shards still waiting with {@link IdentifyQueueException.Kind#CLOSED}.
 *
 * <p>The queue is thread-safe; one instance is meant to be shared by every shard of the process.
 *
 * <pre>{@code
 * // from GET /gateway/bot: 1000 starts a day, 998 left, reset in 4 hours, 16 at once
 * var limit = new SessionStartLimit(1000, 998, Duration.ofHours(4), 16);
 * try (var queue = InMemoryIdentifyQueue.builder().sessionStartLimit(limit).build()) {
 *   queue.acquire(shardId);  // on the shard's virtual thread, before its IDENTIFY
 * }
 * }</pre>
 */
public final class InMemoryIdentifyQueue implements IdentifyQueue, AutoCloseable {
  /** Discord's {@code max_concurrency} for bots that were not given more: 1. */
  public static final int DEFAULT_MAX_CONCURRENCY = 1;

  /** How often each bucket lets a shard identify: once per 5 seconds. */
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

  /** Discord's daily session start limit for bots that were not given more: 1000. */
  public static final int DEFAULT_SESSION_START_LIMIT = 1000;

  /** How long the session start limit lasts once it reset: a day. */
  public static final Duration SESSION_START_PERIOD = Duration.ofDays(1);

  private final LongSupplier ticker;
  private final long interval;
  private final ScheduledThreadPoolExecutor scheduler;
  // One lock for the whole queue: shards ask a few times per interval at most, so contention is
  // negligible, and the daily limit is shared by all buckets anyway.
  private final ReentrantLock lock = new ReentrantLock();

  // All fields below are guarded by lock.
  private Bucket[] buckets;
  private int total;
  private int remaining;
  private long resetAt;
  // Changes whenever remaining is set from outside the count (reset, update), so that a grant given
  // back after a lost race is only refunded into the count it was taken from.
  private long epoch;
  private long sequence;
  private ScheduledFuture<?> timer;
  private long timerAt;
  private boolean closed;

  private InMemoryIdentifyQueue(Builder builder) {
    this.ticker = builder.ticker;
    this.interval = nanos(builder.interval);
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "gloam-identify-queue");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.scheduler = executor;
    long now = now();
    SessionStartLimit limit = builder.limit;
    this.total = limit.total();
    this.remaining = limit.remaining();
    this.resetAt = now + nanos(limit.resetAfter());
    this.buckets = newBuckets(limit.maxConcurrency(), now);
  }

  /**
   * Creates a queue with Discord's defaults: {@code max_concurrency} 1, one identify per 5 seconds,
   * 1000 session starts per day, all of them left.
   *
   * <pre>{@code
   * InMemoryIdentifyQueue queue = InMemoryIdentifyQueue.create();
   * }</pre>
   *
   * @return the queue; close it when done
   */
  public static InMemoryIdentifyQueue create() {
    return builder().build();
  }

  /**
   * Starts configuring a queue.
   *
   * @return a builder with Discord's defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompletableFuture<Void> enqueue(int shardId) {
    if (shardId < 0) {
      throw new IllegalArgumentException("shardId must be zero or more, was " + shardId);
    }
    Waiter waiter;
    lock.lock();
    try {
      if (closed) {
        return CompletableFuture.failedFuture(closedFor(shardId));
      }
      waiter = new Waiter(shardId, ++sequence);
      bucketOf(shardId).waiting.add(waiter);
    } finally {
      lock.unlock();
    }
    // A future cancelled, timed out or failed by its owner no longer wants a slot.
    waiter.future.whenComplete(
        (ignored, failure) -> {
          if (failure != null) {
            leave(waiter);
          }
        });
    drain();
    return waiter.future;
  }

  /**
   * Takes a fresh session start limit, typically from {@code GET /gateway/bot}: its total,
   * remaining count and reset replace the ones kept here, and if its {@code maxConcurrency}
   * differs, the waiting shards move to their new buckets (in the order they asked). Shards that
   * may go now are let through at once.
   *
   * <pre>{@code
   * SessionStartLimit fresh = ...;  // from GET /gateway/bot
   * queue.update(fresh);
   * }</pre>
   *
   * @param limit the limit as Discord reported it
   */
  public void update(SessionStartLimit limit) {
    Objects.requireNonNull(limit, "limit");
    lock.lock();
    try {
      if (closed) {
        return;
      }
      long now = now();
      total = limit.total();
      remaining = limit.remaining();
      resetAt = now + nanos(limit.resetAfter());
      epoch++;
      if (limit.maxConcurrency() != buckets.length) {
        rebucket(limit.maxConcurrency(), now);
      }
    } finally {
      lock.unlock();
    }
    drain();
  }

  /**
   * Returns the limit as this queue counts it now: the total, the session starts left (the total
   * again if the reset has passed), the time until the reset, and the {@code max_concurrency}.
   *
   * @return a snapshot of the limit
   */
  public SessionStartLimit sessionStartLimit() {
    lock.lock();
    try {
      long now = now();
      boolean reset = now - resetAt >= 0;
      return new SessionStartLimit(
          total,
          reset ? total : remaining,
          reset ? Duration.ZERO : Duration.ofNanos(resetAt - now),
          buckets.length);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns how many sessions may still be started before the daily limit resets.
   *
   * @return the session starts left
   */
  public int remainingSessions() {
    return sessionStartLimit().remaining();
  }

  /**
   * Returns how many shards are waiting for their turn.
   *
   * @return the number of waiting shards
   */
  public int waiting() {
    lock.lock();
    try {
      int count = 0;
      for (Bucket bucket : buckets) {
        for (Waiter waiter : bucket.waiting) {
          if (!waiter.future.isDone()) {
            count++;
          }
        }
      }
      return count;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops the timer thread and fails every waiting shard with {@link
   * IdentifyQueueException.Kind#CLOSED}; later requests fail the same way. Closing twice does
   * nothing.
   */
  @Override
  public void close() {
    List<Waiter> dropped = new ArrayList<>();
    lock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (Bucket bucket : buckets) {
        dropped.addAll(bucket.waiting);
        bucket.waiting.clear();
      }
    } finally {
      lock.unlock();
    }
    scheduler.shutdownNow();
    // Outside the lock: failing a future runs its owner's continuations.
    for (Waiter waiter : dropped) {
      waiter.future.completeExceptionally(closedFor(waiter.shardId));
    }
  }

  @Override
  public String toString() {
    SessionStartLimit limit = sessionStartLimit();
    return "InMemoryIdentifyQueue[maxConcurrency="
        + limit.maxConcurrency()
        + ", remaining="
        + limit.remaining()
        + "/"
        + limit.total()
        + ", waiting="
        + waiting()
        + "]";
  }

  /** For tests with a hand-driven ticker: lets every shard that may go now go. */
  void tick() {
    drain();
  }

  /**
   * Lets through every shard whose bucket and the daily limit allow it, and sets the next timer.
   */
  private void drain() {
    List<Grant> grants = new ArrayList<>();
    lock.lock();
    try {
      if (closed) {
        return;
      }
      long now = now();
      if (now - resetAt >= 0) {
        remaining = total;
        resetAt = now + nanos(SESSION_START_PERIOD);
        epoch++;
      }
      for (Bucket bucket : buckets) {
        while (remaining > 0 && !bucket.waiting.isEmpty() && now - bucket.nextAt >= 0) {
          Waiter waiter = bucket.waiting.poll();
          if (waiter.future.isDone()) {
            continue;
          }
          grants.add(new Grant(waiter, bucket, bucket.nextAt, epoch));
          bucket.nextAt = now + interval;
          bucket.lastGranted = waiter;
          remaining--;
        }
      }
      scheduleNext(now);
    } finally {
      lock.unlock();
    }
    // Outside the lock, so that a continuation that asks again or blocks cannot stall the queue.
    boolean refunded = false;
    for (Grant grant : grants) {
      if (!grant.waiter.future.complete(null)) {
        refunded |= refund(grant);
      }
    }
    if (refunded) {
      drain();
    }
  }

  /**
   * Gives back the slot of a shard whose future was completed by its owner between being chosen and
   * being told, since that shard will not identify.
   */
  private boolean refund(Grant grant) {
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      if (grant.bucket.lastGranted == grant.waiter) {
        grant.bucket.nextAt = grant.previousNextAt;
        grant.bucket.lastGranted = null;
      }
      if (grant.epoch == epoch && remaining < total) {
        remaining++;
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  private void leave(Waiter waiter) {
    lock.lock();
    try {
      bucketOf(waiter.shardId).waiting.remove(waiter);
    } finally {
      lock.unlock();
    }
  }

  /** Sets a timer for the earliest moment a waiting shard may go, unless one is set already. */
  private void scheduleNext(long now) {
    long at = 0;
    boolean any = false;
    for (Bucket bucket : buckets) {
      if (!bucket.waiting.isEmpty() && (!any || bucket.nextAt - at < 0)) {
        at = bucket.nextAt;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    if (remaining <= 0 && resetAt - at > 0) {
      at = resetAt;
    }
    // A timer due now or earlier is the one running this drain (or about to run): it will not
    // come again, so only a timer still ahead of us counts.
    if (timer != null && !timer.isDone() && timerAt - now > 0 && timerAt - at <= 0) {
      return;
    }
    if (timer != null) {
      timer.cancel(false);
    }
    try {
      timer = scheduler.schedule(this::drain, Math.max(0, at - now), TimeUnit.NANOSECONDS);
      timerAt = at;
    } catch (RejectedExecutionException e) {
      // Only after close(), which fails the waiting shards itself.
    }
  }

  private void rebucket(int maxConcurrency, long now) {
    List<Waiter> waiting = new ArrayList<>();
    long latest = now;
    for (Bucket bucket : buckets) {
      waiting.addAll(bucket.waiting);
      if (bucket.nextAt - latest > 0) {
        latest = bucket.nextAt;
      }
    }
    buckets = newBuckets(maxConcurrency, latest);
    waiting.sort(Comparator.comparingLong(waiter -> waiter.sequence));
    for (Waiter waiter : waiting) {
      bucketOf(waiter.shardId).waiting.add(waiter);
    }
  }

  private Bucket bucketOf(int shardId) {
    return buckets[shardId % buckets.length];
  }

  private static Bucket[] newBuckets(int count, long nextAt) {
    Bucket[] created = new Bucket[count];
    for (int i = 0; i < count; i++) {
      created[i] = new Bucket(nextAt);
    }
    return created;
  }

  private static IdentifyQueueException closedFor(int shardId) {
    return new IdentifyQueueException(
        IdentifyQueueException.Kind.CLOSED,
        "shard " + shardId + " may not identify: the identify queue is closed");
  }

  private long now() {
    return ticker.getAsLong();
  }

  private static long nanos(Duration duration) {
    try {
      return Math.max(0, duration.toNanos());
    } catch (ArithmeticException e) {
      // Far enough in the future for any bot, and still safe to add to a tick.
      return Long.MAX_VALUE / 4;
    }
  }

  /** The shards waiting for one rate limit key, and when that key may let the next one through. */
  private static final class Bucket {
    final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    long nextAt;
    Waiter lastGranted;

    Bucket(long nextAt) {
      this.nextAt = nextAt;
    }
  }

  private static final class Waiter {
    final int shardId;
    final long sequence;
    final CompletableFuture<Void> future = new CompletableFuture<>();

    Waiter(int shardId, long sequence) {
      this.shardId = shardId;
      this.sequence = sequence;
    }
  }

  private record Grant(Waiter waiter, Bucket bucket, long previousNextAt, long epoch) {}

  /**
   * Configures an {@link InMemoryIdentifyQueue}. Starts from Discord's defaults; a bot that knows
   * its limit (from {@code GET /gateway/bot}) sets it here or later with {@link #update}.
   */
  public static final class Builder {
    private SessionStartLimit limit =
        new SessionStartLimit(
            DEFAULT_SESSION_START_LIMIT,
            DEFAULT_SESSION_START_LIMIT,
            SESSION_START_PERIOD,
            DEFAULT_MAX_CONCURRENCY);
    private Duration interval = DEFAULT_INTERVAL;
    private LongSupplier ticker = System::nanoTime;

    private Builder() {}

    /**
     * Sets how many shards may identify in the same interval, keeping the rest of the limit.
     *
     * @param maxConcurrency at least 1; 1 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxConcurrency} is less than 1
     */
    public Builder maxConcurrency(int maxConcurrency) {
      this.limit =
          new SessionStartLimit(
              limit.total(), limit.remaining(), limit.resetAfter(), maxConcurrency);
      return this;
    }

    /**
     * Sets the whole session start limit, including its {@code maxConcurrency} (which replaces an
     * earlier {@link #maxConcurrency(int)}).
     *
     * @param limit the limit, as Discord reported it; 1000 a day, all left, 1 at once by default
     * @return this builder
     */
    public Builder sessionStartLimit(SessionStartLimit limit) {
      this.limit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * Sets how often each bucket lets a shard through. Discord's interval is 5 seconds; a shorter
     * one is only for gateways that allow it, such as a local test server.
     *
     * @param interval positive; 5 seconds by default
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is zero or negative
     */
    public Builder interval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("interval must be positive, was " + interval);
      }
      this.interval = interval;
      return this;
    }

    /** For tests: the source of nanosecond ticks, {@code System::nanoTime} by default. */
    Builder ticker(LongSupplier ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Builds the queue. Its timer thread starts when a shard first has to wait.
     *
     * @return the queue
     */
    public InMemoryIdentifyQueue build() {
      return new InMemoryIdentifyQueue(this);
    }
  }
}
