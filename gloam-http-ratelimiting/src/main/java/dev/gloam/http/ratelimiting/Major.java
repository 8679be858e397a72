package dev.gloam.http.ratelimiting;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the buckets of one major parameter value share: the requests in flight on routes whose
 * bucket is not known yet. Such a request may count against any bucket of the same resource, so the
 * known buckets leave room for it until its answer names its bucket.
 */
final class Major {
  final String key;
  final AtomicInteger discovering = new AtomicInteger();
  final ConcurrentLinkedQueue<Bucket> waiting = new ConcurrentLinkedQueue<>();

  Major(String key) {
    this.key = key;
  }

  /** A request of an unknown route was answered: lets the buckets that left room for it go on. */
  void discovered() {
    discovering.decrementAndGet();
    for (int n = waiting.size(); n > 0; n--) {
      Bucket bucket = waiting.poll();
      if (bucket == null) {
        return;
      }
      bucket.majorWaiting.set(false);
      bucket.drain();
    }
  }
}
