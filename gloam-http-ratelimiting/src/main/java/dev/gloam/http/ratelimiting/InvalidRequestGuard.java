package dev.gloam.http.ratelimiting;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the answers that Discord counts towards its invalid request limit (401, 403, and 429s
 * other than shared-scope ones) in a sliding window, and says until when requests must be held so
 * that the count stays below the threshold.
 *
 * <p>Only the last {@code threshold} answers matter: once there are that many within one window,
 * requests wait until the oldest of them leaves it. The lock is taken only for invalid answers,
 * which are rare; the hot path reads one volatile field.
 */
final class InvalidRequestGuard {
  private final ReentrantLock lock = new ReentrantLock();
  private final long window;
  // The ticks of the last `threshold` invalid answers, as a ring.
  private final long[] recent;
  private int next;
  private int count;
  private volatile long holdUntil;
  private volatile boolean holding;

  InvalidRequestGuard(int threshold, long window) {
    this.recent = new long[threshold];
    this.window = window;
  }

  /** Records an invalid answer that arrived at {@code now}. */
  void record(long now) {
    lock.lock();
    try {
      recent[next] = now;
      next = (next + 1) % recent.length;
      count = Math.min(count + 1, recent.length);
      if (count == recent.length) {
        // `next` now points at the oldest of the last `threshold` answers.
        long until = recent[next] + window;
        if (!holding || until - holdUntil > 0) {
          holdUntil = until;
          holding = true;
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns until when requests that count towards the limit must wait.
   *
   * @return the tick, or {@code now} or earlier if they may go
   */
  long holdUntil(long now) {
    return holding ? holdUntil : now;
  }
}
