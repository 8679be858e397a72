package dev.gloam.gateway;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Keeps one connection's sends under Discord's limit of 120 per 60 seconds (events/gateway, "Rate
 * Limiting"), which closes the connection with 4008 when it is exceeded. Heartbeats are never held
 * back: room for the heartbeats of a whole window is reserved, and program commands share the rest,
 * waiting in arrival order when it is used up.
 *
 * <p>The window is rolling: a send counts until a full window after it, so no burst at a window's
 * edge can exceed the limit whatever window Discord uses.
 */
final class CommandRateLimiter {
  private final int limit;
  private final long window;
  private final int reserved;
  private final LongSupplier nanoClock;
  // Send times of the last `limit` sends, oldest at head.
  private final long[] sentAt;
  private int head;
  private int count;
  // Program commands take this fair lock in turn, so they go out in the order they asked.
  private final ReentrantLock commandTurn = new ReentrantLock(true);

  /**
   * Creates a limiter for a connection.
   *
   * @param limit sends per window, 120 at Discord
   * @param window the window, 60 s at Discord
   * @param heartbeatInterval the connection's heartbeat interval, to size the reserve
   * @param nanoClock a monotonic clock in nanoseconds
   */
  CommandRateLimiter(
      int limit, Duration window, Duration heartbeatInterval, LongSupplier nanoClock) {
    this.limit = limit;
    this.window = window.toNanos();
    this.nanoClock = nanoClock;
    this.sentAt = new long[limit];
    long beats = -Math.floorDiv(-this.window, Math.max(1, heartbeatInterval.toNanos()));
    // One more beat for the window's edge, two for heartbeats Discord asks for (op 1), one for a
    // RESUME or IDENTIFY; program commands always keep at least one slot.
    this.reserved = (int) Math.min(limit - 1L, beats + 4);
  }

  /** Records a heartbeat (or IDENTIFY/RESUME), which is sent at once whatever the count. */
  synchronized void recordPriority() {
    record(nanoClock.getAsLong());
  }

  /**
   * Waits until a program command may be sent, and counts it.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void acquire() throws InterruptedException {
    commandTurn.lockInterruptibly();
    try {
      while (true) {
        long wait;
        synchronized (this) {
          long now = nanoClock.getAsLong();
          prune(now);
          if (count < limit - reserved) {
            record(now);
            return;
          }
          wait = sentAt[head] + window - now;
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(wait, 1_000_000));
      }
    } finally {
      commandTurn.unlock();
    }
  }

  /**
   * Returns how many program commands could be sent right now.
   *
   * @return the count, zero or more
   */
  synchronized int available() {
    prune(nanoClock.getAsLong());
    return Math.max(0, limit - reserved - count);
  }

  /**
   * Returns how many sends of each window are kept for heartbeats.
   *
   * @return the reserve
   */
  int reserved() {
    return reserved;
  }

  private void record(long now) {
    prune(now);
    if (count == limit) {
      // Only reachable if heartbeats alone exceed the limit; forget the oldest to keep going.
      head = (head + 1) % limit;
      count--;
    }
    sentAt[(head + count) % limit] = now;
    count++;
  }

  private void prune(long now) {
    while (count > 0 && now - sentAt[head] >= window) {
      head = (head + 1) % limit;
      count--;
    }
  }
}
