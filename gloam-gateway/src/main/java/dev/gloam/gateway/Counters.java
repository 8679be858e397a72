package dev.gloam.gateway;

import java.util.concurrent.atomic.AtomicLong;

/** A shard's traffic counters, kept across its connections. */
final class Counters {
  final AtomicLong bytesReceived = new AtomicLong();
  final AtomicLong bytesInflated = new AtomicLong();
  final AtomicLong payloads = new AtomicLong();
  final AtomicLong dispatches = new AtomicLong();
  final AtomicLong connects = new AtomicLong();
  final AtomicLong identifies = new AtomicLong();
  final AtomicLong resumes = new AtomicLong();
  final AtomicLong gaps = new AtomicLong();
  final AtomicLong duplicates = new AtomicLong();

  void received(long wire, long inflated) {
    bytesReceived.addAndGet(wire);
    if (inflated > 0) {
      bytesInflated.addAndGet(inflated);
    }
  }
}
