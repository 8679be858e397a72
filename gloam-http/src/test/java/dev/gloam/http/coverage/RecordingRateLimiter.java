package dev.gloam.http.coverage;

import dev.gloam.http.ratelimiting.Endpoint;
import dev.gloam.http.ratelimiting.Outcome;
import dev.gloam.http.ratelimiting.Permit;
import dev.gloam.http.ratelimiting.RateLimiter;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Lets every request go and remembers which routes were answered with a success status. */
final class RecordingRateLimiter implements RateLimiter {
  private final Set<String> succeeded = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> failed = new ConcurrentHashMap<>();

  @Override
  public CompletableFuture<Permit> acquire(Endpoint endpoint) {
    return CompletableFuture.completedFuture(
        new Permit() {
          @Override
          public void complete(Outcome outcome) {
            if (outcome.status() >= 200 && outcome.status() < 300) {
              succeeded.add(endpoint.route());
            } else {
              failed.put(endpoint.route(), outcome.status());
            }
          }

          @Override
          public void cancel() {}
        });
  }

  /** Routes answered with 2xx at least once. */
  Set<String> succeeded() {
    return Set.copyOf(succeeded);
  }

  /** Routes whose last failed answer had this status. */
  Map<String, Integer> failed() {
    return Map.copyOf(failed);
  }
}
