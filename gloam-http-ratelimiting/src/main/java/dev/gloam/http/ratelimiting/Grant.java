package dev.gloam.http.ratelimiting;

import java.util.concurrent.atomic.AtomicBoolean;

/** The permit of {@link InMemoryRateLimiter}: the bucket and global slot a request holds. */
final class Grant extends AtomicBoolean implements Permit {
  private static final long serialVersionUID = 1L;

  private final transient Bucket bucket;
  final transient Endpoint endpoint;
  private final transient GlobalLimit global;
  private final int slot;
  private final boolean discovering;

  Grant(Bucket bucket, Endpoint endpoint, GlobalLimit global, int slot, boolean discovering) {
    this.bucket = bucket;
    this.endpoint = endpoint;
    this.global = global;
    this.slot = slot;
    this.discovering = discovering;
  }

  @Override
  public void complete(Outcome outcome) {
    if (!compareAndSet(false, true)) {
      return;
    }
    InMemoryRateLimiter limiter = bucket.limiter;
    long now = limiter.now();
    if (global != null) {
      global.release(slot, now);
    }
    limiter.observe(endpoint, outcome, now);
    bucket.resolve().completed(this, outcome, now);
    if (discovering) {
      bucket.major.discovered();
    }
  }

  @Override
  public void cancel() {
    if (!compareAndSet(false, true)) {
      return;
    }
    long now = bucket.limiter.now();
    if (global != null) {
      global.release(slot, now);
    }
    bucket.resolve().failed(this);
    if (discovering) {
      bucket.major.discovered();
    }
  }

  /** Gives the permit back unused: the request was cancelled before it could be sent. */
  void abandon() {
    if (!compareAndSet(false, true)) {
      return;
    }
    if (global != null) {
      global.abandon(slot, bucket.limiter.now());
    }
    bucket.resolve().abandoned(this);
    if (discovering) {
      bucket.major.discovered();
    }
  }

  @Override
  public String toString() {
    return "Permit[" + endpoint.route() + "]";
  }
}
