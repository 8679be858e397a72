package dev.gloam.http.ratelimiting;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Keeps Discord's REST rate limits for one bot token in memory (topics/rate-limits), so that the
 * requests of a program never run into a 429 of their own making.
 *
 * <ul>
 *   <li><b>Buckets.</b> A route's bucket is learned from {@code X-RateLimit-Bucket}, and counted
 *       per major parameter (channel, guild, webhook with its token, interaction): routes with the
 *       same bucket hash share one counter, two channels never block each other. Until a route's
 *       bucket is known, its requests go one at a time; when the first answer names the bucket, the
 *       waiting requests move to that bucket's queue. Each bucket's requests go in the order they
 *       arrived.
 *   <li><b>Remaining and reset.</b> A bucket never has more requests in flight than it has left;
 *       when none are left, requests wait for {@code X-RateLimit-Reset-After} (counted from when
 *       the answer arrived, which is never earlier than Discord's count) before they are sent.
 *   <li><b>Global limit.</b> Requests with the bot's token count against a global limit, 50 per
 *       second unless {@link Builder#globalLimit set otherwise}; requests that authenticate with a
 *       webhook token in their path count against a second limit of the same size (Discord counts
 *       those per IP address); interaction endpoints are exempt. The limit is kept ahead of time: a
 *       request's slot is free again one window after its answer arrived.
 *   <li><b>429s.</b> A {@code user}- or {@code shared}-scope 429 blocks its bucket for {@code
 *       retry_after}; a global one ({@code X-RateLimit-Global}) holds every globally limited
 *       request; a 429 without rate limit headers comes from Cloudflare and holds every request for
 *       its {@code Retry-After} (or {@link Builder#cloudflareBackoff} if it has none).
 *   <li><b>Invalid requests.</b> After a 401 to a request with the bot's token, every further such
 *       request fails at once with {@link RateLimitException.Kind#UNAUTHORIZED} (webhook- and
 *       interaction-token requests still go). The 401, 403 and non-shared 429 answers are counted
 *       in a sliding window (10,000 per 10 minutes, as Discord's limit, unless {@link
 *       Builder#invalidRequestLimit set otherwise}); from {@link #INVALID_REQUEST_MARGIN 90 %} of
 *       the limit on, requests with the bot's token are held until the window has room again,
 *       leaving the rest for requests already in flight.
 * </ul>
 *
 * <p>Threads: waiting requests hold no thread. One daemon thread named {@code gloam-ratelimit} runs
 * the timers that let them go; it also completes their permits, so their continuations start there.
 * {@link #close()} stops it and fails the requests still waiting with {@link
 * RateLimitException.Kind#CLOSED}. A cancelled {@link #acquire} future leaves its queue.
 *
 * <p>The limiter is thread-safe; each bucket has a lock of its own and the global limit takes none.
 *
 * <pre>{@code
 * try (InMemoryRateLimiter limiter = InMemoryRateLimiter.builder()
 *     .globalLimit(1200, Duration.ofSeconds(1))  // a large bot with a raised global limit
 *     .build()) {
 *   Client client = Client.builder().token(token).rateLimiter(limiter).build();
 * }
 * }</pre>
 */
public final class InMemoryRateLimiter implements RateLimiter, AutoCloseable {
  /** Discord's global limit: 50 requests per second. */
  public static final int DEFAULT_GLOBAL_LIMIT = 50;

  /** The window of Discord's global limit. */
  public static final Duration DEFAULT_GLOBAL_WINDOW = Duration.ofSeconds(1);

  /** Discord's invalid request limit: 10,000 answers with 401, 403 or 429 per 10 minutes. */
  public static final int DEFAULT_INVALID_REQUEST_LIMIT = 10_000;

  /** The window of Discord's invalid request limit. */
  public static final Duration DEFAULT_INVALID_REQUEST_WINDOW = Duration.ofMinutes(10);

  /**
   * The share of the invalid request limit after which requests are held, in percent: 90, so 9,000
   * of Discord's 10,000. The rest is room for answers to requests already in flight.
   */
  public static final int INVALID_REQUEST_MARGIN = 90;

  /** How long a Cloudflare 429 without {@code Retry-After} holds every request: 10 seconds. */
  public static final Duration DEFAULT_CLOUDFLARE_BACKOFF = Duration.ofSeconds(10);

  private final LongSupplier ticker;
  private final ScheduledExecutorService scheduler;
  private final long cloudflareBackoff;
  // Route and major parameter -> the bucket its requests queue in (provisional until learned).
  private final ConcurrentHashMap<Endpoint, Bucket> routes = new ConcurrentHashMap<>();
  // Route -> bucket hash, once Discord named it.
  private final ConcurrentHashMap<String, String> hashes = new ConcurrentHashMap<>();
  // Bucket hash and major parameter -> bucket.
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Major> majors = new ConcurrentHashMap<>();
  private final GlobalLimit botGlobal;
  private final GlobalLimit addressGlobal;
  private final InvalidRequestGuard invalidRequests;
  private final AtomicLong sequence = new AtomicLong();
  private volatile long haltedUntil;
  private volatile boolean halted;
  private volatile boolean unauthorized;
  private volatile boolean closed;

  private InMemoryRateLimiter(Builder builder) {
    this.ticker = builder.ticker;
    this.cloudflareBackoff = nanos(builder.cloudflareBackoff);
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "gloam-ratelimit");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    this.scheduler = executor;
    long now = now();
    this.botGlobal =
        new GlobalLimit(this, builder.globalRequests, nanos(builder.globalWindow), now);
    this.addressGlobal =
        new GlobalLimit(this, builder.globalRequests, nanos(builder.globalWindow), now);
    int threshold =
        Math.max(
            1,
            Math.min(
                builder.invalidRequests - 1,
                (int) ((long) builder.invalidRequests * INVALID_REQUEST_MARGIN / 100)));
    this.invalidRequests = new InvalidRequestGuard(threshold, nanos(builder.invalidWindow));
  }

  /**
   * Creates a limiter with Discord's limits.
   *
   * @return the limiter; close it when done
   */
  public static InMemoryRateLimiter create() {
    return builder().build();
  }

  /**
   * Starts configuring a limiter.
   *
   * @return a builder with Discord's limits
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CompletableFuture<Permit> acquire(Endpoint endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    if (refuses(endpoint)) {
      return CompletableFuture.failedFuture(refusal(endpoint));
    }
    Bucket bucket = routes.get(endpoint);
    if (bucket == null) {
      bucket = routes.computeIfAbsent(endpoint, this::newBucket);
    }
    return bucket.acquire(endpoint);
  }

  /** Stops the timer thread and fails every waiting request with {@code CLOSED}. */
  @Override
  public void close() {
    closed = true;
    scheduler.shutdownNow();
    routes.values().forEach(Bucket::failAll);
    buckets.values().forEach(Bucket::failAll);
  }

  @Override
  public String toString() {
    return "InMemoryRateLimiter[" + buckets.size() + " buckets, " + routes.size() + " routes]";
  }

  private Bucket newBucket(Endpoint endpoint) {
    Major major = majors.computeIfAbsent(endpoint.majorParameter(), Major::new);
    String hash = hashes.get(endpoint.route());
    return hash == null ? new Bucket(this, null, major, endpoint) : bucket(hash, major);
  }

  // ---- used by the buckets, global limits and permits ----

  long now() {
    return ticker.getAsLong();
  }

  long nextSequence() {
    return sequence.incrementAndGet();
  }

  Bucket bucket(String hash, Major major) {
    return buckets.computeIfAbsent(
        hash + " " + major.key, key -> new Bucket(this, hash, major, null));
  }

  void learn(String route, String hash) {
    hashes.put(route, hash);
  }

  void repoint(Endpoint endpoint, Bucket target) {
    routes.put(endpoint, target);
  }

  GlobalLimit globalLimitOf(Endpoint endpoint) {
    if (!endpoint.globallyLimited()) {
      return null;
    }
    return endpoint.authenticated() ? botGlobal : addressGlobal;
  }

  long haltedUntil(long now) {
    return halted ? haltedUntil : now;
  }

  long invalidHoldUntil(long now) {
    return invalidRequests.holdUntil(now);
  }

  boolean refuses(Endpoint endpoint) {
    return closed || (unauthorized && endpoint.authenticated());
  }

  RateLimitException refusal(Endpoint endpoint) {
    if (closed) {
      return new RateLimitException(
          RateLimitException.Kind.CLOSED,
          endpoint.route() + " was not sent: the rate limiter is closed");
    }
    return new RateLimitException(
        RateLimitException.Kind.UNAUTHORIZED,
        endpoint.route()
            + " was not sent: an earlier request was answered 401 Unauthorized, so the token is"
            + " invalid, and more requests with it would count towards Discord's invalid request"
            + " limit");
  }

  /** Learns what an answer says about limits beyond its bucket. */
  void observe(Endpoint endpoint, Outcome outcome, long now) {
    if (outcome.status() == 401 && endpoint.authenticated()) {
      unauthorized = true;
    }
    if (outcome.invalid()) {
      invalidRequests.record(now);
    }
    if (!outcome.rateLimited()) {
      return;
    }
    if (outcome.cloudflare()) {
      long until =
          now + outcome.retryAfter().map(InMemoryRateLimiter::nanos).orElse(cloudflareBackoff);
      if (!halted || until - haltedUntil > 0) {
        haltedUntil = until;
        halted = true;
      }
    } else if (outcome.global() || outcome.scope().orElse(null) == Outcome.Scope.GLOBAL) {
      GlobalLimit global = endpoint.authenticated() ? botGlobal : addressGlobal;
      global.block(now + outcome.retryAfter().map(InMemoryRateLimiter::nanos).orElse(0L));
    }
  }

  void schedule(long at, Runnable task) {
    if (closed) {
      return;
    }
    try {
      scheduler.schedule(task, Math.max(0, at - now()), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // Closed meanwhile: the waiting requests were failed by close().
    }
  }

  /** For tests with a hand-driven ticker: lets every waiting request that may go now go. */
  void tick() {
    botGlobal.signal();
    addressGlobal.signal();
    routes.values().forEach(Bucket::drain);
    buckets.values().forEach(Bucket::drain);
  }

  static long nanos(Duration duration) {
    try {
      return Math.max(0, duration.toNanos());
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE / 4;
    }
  }

  /**
   * Configures an {@link InMemoryRateLimiter}. Starts from Discord's limits; a bot whose global
   * limit Discord raised sets its own.
   */
  public static final class Builder {
    private int globalRequests = DEFAULT_GLOBAL_LIMIT;
    private Duration globalWindow = DEFAULT_GLOBAL_WINDOW;
    private int invalidRequests = DEFAULT_INVALID_REQUEST_LIMIT;
    private Duration invalidWindow = DEFAULT_INVALID_REQUEST_WINDOW;
    private Duration cloudflareBackoff = DEFAULT_CLOUDFLARE_BACKOFF;
    private LongSupplier ticker = System::nanoTime;

    private Builder() {}

    /**
     * Sets the global limit: how many requests with the bot's token may go per window (and as many
     * requests with a webhook token).
     *
     * @param requests requests per window, at least 1; 50 by default
     * @param window the window, positive; 1 second by default
     * @return this builder
     */
    public Builder globalLimit(int requests, Duration window) {
      this.globalRequests = atLeastOne(requests, "requests");
      this.globalWindow = positive(window, "window");
      return this;
    }

    /**
     * Sets the invalid request limit to stay below: requests with the bot's token are held once
     * {@link #INVALID_REQUEST_MARGIN 90 %} of it is reached within the window.
     *
     * @param requests invalid answers per window, at least 2; 10,000 by default
     * @param window the window, positive; 10 minutes by default
     * @return this builder
     */
    public Builder invalidRequestLimit(int requests, Duration window) {
      if (requests < 2) {
        throw new IllegalArgumentException("requests must be at least 2, was " + requests);
      }
      this.invalidRequests = requests;
      this.invalidWindow = positive(window, "window");
      return this;
    }

    /**
     * Sets how long a 429 from Cloudflare that has no {@code Retry-After} header holds every
     * request.
     *
     * @param backoff the wait, positive; 10 seconds by default
     * @return this builder
     */
    public Builder cloudflareBackoff(Duration backoff) {
      this.cloudflareBackoff = positive(backoff, "backoff");
      return this;
    }

    /** For tests: the source of nanosecond ticks, {@code System::nanoTime} by default. */
    Builder ticker(LongSupplier ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Builds the limiter; it starts its timer thread.
     *
     * @return the limiter
     */
    public InMemoryRateLimiter build() {
      return new InMemoryRateLimiter(this);
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
