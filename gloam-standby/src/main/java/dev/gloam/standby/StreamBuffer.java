package dev.gloam.standby;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The events a stream has matched but its reader has not taken yet. It is bounded: a reader that
 * falls {@code capacity} events behind ends the stream with {@link StandbyException.Kind#OVERFLOW}
 * instead of silently losing events or growing without limit. A {@link ReentrantLock} rather than
 * {@code synchronized} keeps a waiting virtual thread off its carrier.
 */
final class StreamBuffer<E> {
  /** What offering an event to the buffer came to. */
  enum Offer {
    ACCEPTED,
    CLOSED,
    OVERFLOWED
  }

  private final int capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final ArrayDeque<E> events = new ArrayDeque<>();
  private volatile boolean closed;
  private StandbyException failure;

  StreamBuffer(int capacity) {
    this.capacity = capacity;
  }

  Offer offer(E event) {
    lock.lock();
    try {
      if (closed) {
        return Offer.CLOSED;
      }
      if (events.size() >= capacity) {
        failure =
            new StandbyException(
                StandbyException.Kind.OVERFLOW,
                "the stream's reader fell "
                    + capacity
                    + " events behind; the stream was ended so that no event is skipped silently");
        closed = true;
        arrived.signalAll();
        return Offer.OVERFLOWED;
      }
      events.addLast(event);
      arrived.signal();
      return Offer.ACCEPTED;
    } finally {
      lock.unlock();
    }
  }

  /** Closes on the reader's request: what is still buffered is of no interest any more. */
  void close() {
    lock.lock();
    try {
      closed = true;
      events.clear();
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Ends with an error, which the reader gets after the events already buffered. */
  void fail(StandbyException reason) {
    lock.lock();
    try {
      if (!closed) {
        closed = true;
        failure = reason;
      }
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  boolean isClosed() {
    return closed;
  }

  /**
   * Takes the next event, waiting at most {@code nanos} (forever if negative).
   *
   * @return the event, or {@code null} if the time ran out or the buffer is closed and drained
   */
  E next(long nanos) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (events.isEmpty()) {
        if (closed) {
          return null;
        }
        if (nanos < 0) {
          arrived.await();
        } else if (nanos == 0) {
          return null;
        } else {
          nanos = Math.max(0, arrived.awaitNanos(nanos));
        }
      }
      return events.pollFirst();
    } finally {
      lock.unlock();
    }
  }

  /** Whether the buffer is closed and holds nothing more to read. */
  boolean isDrained() {
    lock.lock();
    try {
      return closed && events.isEmpty();
    } finally {
      lock.unlock();
    }
  }

  /** The error that ended the buffer, or {@code null} if it is open or its reader closed it. */
  StandbyException failure() {
    lock.lock();
    try {
      return failure;
    } finally {
      lock.unlock();
    }
  }
}
