package dev.gloam.http.ratelimiting;

import java.util.concurrent.CompletableFuture;

/** The limiter behind {@link RateLimiter#unlimited()}: every permit is granted at once. */
enum Unlimited implements RateLimiter, Permit {
  INSTANCE;

  private static final CompletableFuture<Permit> GRANTED =
      CompletableFuture.completedFuture(INSTANCE);

  @Override
  public CompletableFuture<Permit> acquire(Endpoint endpoint) {
    return GRANTED;
  }

  @Override
  public void complete(Outcome outcome) {}

  @Override
  public void cancel() {}
}
