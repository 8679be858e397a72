package dev.gloam.benchmarks;

import dev.gloam.http.ratelimiting.Endpoint;
import dev.gloam.http.ratelimiting.InMemoryRateLimiter;
import dev.gloam.http.ratelimiting.Outcome;
import dev.gloam.http.ratelimiting.Permit;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the in-memory rate limiter costs a request on an uncontended bucket: {@code acquire} (the
 * permit is granted at once) and {@code complete} with the answer's headers. The bucket and the
 * global limit are large enough never to make a request wait, so only the bookkeeping is measured.
 * Average time per operation, one thread. See {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RateLimiterBenchmark {
  private InMemoryRateLimiter limiter;
  private Endpoint endpoint;
  private Outcome outcome;

  /** Creates the benchmark; JMH calls this. */
  public RateLimiterBenchmark() {}

  /** Creates a limiter whose bucket and global limit are never exhausted, and learns the bucket. */
  @Setup
  public void setUp() {
    limiter = InMemoryRateLimiter.builder().globalLimit(1_000_000, Duration.ofNanos(1)).build();
    endpoint = Endpoint.of("POST /channels/{channel_id}/messages", "123456789012345678");
    // A window that never ends with room that never runs out: the headers of a huge bucket.
    Map<String, String> headers =
        Map.of(
            "X-RateLimit-Bucket", "abcdef0123456789",
            "X-RateLimit-Limit", "2000000000",
            "X-RateLimit-Remaining", "1999999999",
            "X-RateLimit-Reset-After", "100000.000",
            "X-RateLimit-Reset", "1900000000.000");
    outcome = Outcome.of(200, name -> Optional.ofNullable(headers.get(name)));
    acquireAndComplete();
  }

  /** Stops the limiter's timer thread. */
  @TearDown
  public void tearDown() {
    limiter.close();
  }

  /**
   * One request's bookkeeping: acquire a permit (granted at once) and report the answer.
   *
   * @return the permit (JMH consumes it)
   */
  @Benchmark
  public Permit acquireAndComplete() {
    Permit permit = limiter.acquire(endpoint).join();
    permit.complete(outcome);
    return permit;
  }
}
