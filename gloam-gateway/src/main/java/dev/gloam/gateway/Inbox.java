package dev.gloam.gateway;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a shard has received and the program has not pulled yet, across all its connections.
 *
 * <p>The connection's reader adds and one puller at a time takes. Neither ever waits for the
 * other's lock: with a lock-guarded queue the reader blocked on the puller's lock whenever the
 * queue ran empty, a thread switch per payload on a busy stream. The size is counted apart, since
 * the reader asks for it for every payload to decide whether to parse ahead.
 */
final class Inbox {
  private final LinkedTransferQueue<Incoming> queue = new LinkedTransferQueue<>();
  private final AtomicInteger size = new AtomicInteger();

  void add(Incoming item) {
    size.incrementAndGet();
    queue.add(item);
  }

  /** Returns the next item, or null if there is none yet. */
  Incoming poll() {
    Incoming item = queue.poll();
    if (item != null) {
      size.decrementAndGet();
    }
    return item;
  }

  /** Waits for the next item. */
  Incoming take() throws InterruptedException {
    Incoming item = queue.take();
    size.decrementAndGet();
    return item;
  }

  int size() {
    return size.get();
  }
}
