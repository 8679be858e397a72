package dev.gloam.testkit.internal.rest.ratelimit;

import dev.gloam.testkit.RateLimits;
import dev.gloam.testkit.RateLimits.Bucket;
import dev.gloam.testkit.RateLimits.Limit;
import dev.gloam.testkit.RateLimits.SharedResourceLimit;
import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.RestResponse;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.node.ObjectNode;

/**
 * Enforces {@link RateLimits} on REST requests the way Discord does (topics/rate-limits): the
 * global limit, per-route buckets per major parameter, shared resource limits, and the invalid
 * request limit with its Cloudflare ban.
 *
 * <p>One lock guards every counter, so a request is checked against all its limits and counted in
 * all of them at once: concurrent requests can never over-admit a bucket, and a request refused by
 * one limit is counted by none. The lock is a {@link ReentrantLock} so that waiting virtual threads
 * do not pin their carriers.
 */
public final class RateLimiter {

  private static final String RATE_LIMITED = "You are being rate limited.";
  private static final String RESOURCE_RATE_LIMITED = "The resource is being rate limited.";
  // Ended windows are dropped once a map grows past this, so long runs with many ids stay small.
  private static final int PRUNE_ABOVE = 4096;

  private final ReentrantLock lock = new ReentrantLock();
  private final Clock defaultClock;
  private final long applicationId;
  private final Map<String, Window> buckets = new HashMap<>();
  private final Map<String, Window> sharedResources = new HashMap<>();
  private final Map<String, Window> globals = new HashMap<>();
  private final Map<InetAddress, Window> invalidRequests = new HashMap<>();
  private RateLimits settings;
  private Clock clock;

  /**
   * Creates a limiter.
   *
   * @param settings the limits
   * @param defaultClock the clock to use unless the settings bring their own
   * @param applicationId the bot's application id, to recognize interaction webhooks
   */
  public RateLimiter(RateLimits settings, Clock defaultClock, long applicationId) {
    this.defaultClock = Objects.requireNonNull(defaultClock, "defaultClock");
    this.applicationId = applicationId;
    update(settings);
  }

  /**
   * Replaces the limits and forgets every counter and ban.
   *
   * @param settings the new limits
   */
  public void update(RateLimits settings) {
    Objects.requireNonNull(settings, "settings");
    lock.lock();
    try {
      this.settings = settings;
      this.clock = settings.clock().orElse(defaultClock);
      buckets.clear();
      sharedResources.clear();
      globals.clear();
      invalidRequests.clear();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Tells whether a client is past the invalid request limit; it is then answered with {@link
   * CloudflareBan} before anything else happens.
   *
   * @param client the client's IP address
   * @return true while the client is banned
   */
  public boolean banned(InetAddress client) {
    lock.lock();
    try {
      if (!settings.enforced()) {
        return false;
      }
      Window window = live(invalidRequests, client, clock.instant());
      return window != null && window.isFull(settings.invalidRequestLimit().requests());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Checks a routed request against its limits and counts it if it is admitted.
   *
   * @param request the request
   * @return the headers to send, and a 429 to send instead of calling the route if it is refused
   */
  public Decision acquire(RateLimitedRequest request) {
    String routeKey = RouteKey.of(request.method(), request.template());
    String major = PathParameters.majorParameter(request.parameters());
    lock.lock();
    try {
      Instant now = clock.instant();
      prune(now);
      Bucket bucket =
          settings
              .bucket(routeKey)
              .orElseGet(
                  () ->
                      new Bucket(RouteKey.hash("route " + routeKey), settings.defaultRouteLimit()));
      String bucketKey = bucket.hash() + " " + major;
      Window bucketWindow = live(buckets, bucketKey, now);
      if (!settings.enforced()) {
        bucketWindow = counted(buckets, bucketKey, bucketWindow, now, bucket.limit());
        return new Decision(RateLimitHeaders.admitted(state(bucket, bucketWindow, now)), null);
      }

      String globalKey = null;
      Window globalWindow = null;
      if (!PathParameters.isInteractionEndpoint(request.parameters(), applicationId)) {
        globalKey = request.authorized() ? "bot" : "address " + request.client().getHostAddress();
        globalWindow = live(globals, globalKey, now);
        if (globalWindow != null && globalWindow.isFull(settings.globalLimit().requests())) {
          return globalRefusal(globalWindow.resetAfter(now));
        }
      }

      if (bucketWindow != null && bucketWindow.isFull(bucket.limit().requests())) {
        return userRefusal(state(bucket, bucketWindow, now), bucketWindow.resetAfter(now));
      }

      Optional<SharedResourceLimit> shared = settings.sharedResourceLimit(routeKey);
      if (shared.isPresent()) {
        Limit limit = shared.get().limit();
        String sharedKey = routeKey + " " + major;
        // Other users' requests fill a shared window too, so it starts even with a refusal.
        Window sharedWindow = Window.current(sharedResources.get(sharedKey), now, limit.window());
        sharedResources.put(sharedKey, sharedWindow);
        if (sharedWindow.isFull(limit.requests())) {
          return sharedRefusal(
              state(bucket, bucketWindow, now), sharedWindow.resetAfter(now), shared.get());
        }
        sharedWindow.count();
      }

      if (globalKey != null) {
        counted(globals, globalKey, globalWindow, now, settings.globalLimit());
      }
      bucketWindow = counted(buckets, bucketKey, bucketWindow, now, bucket.limit());
      return new Decision(RateLimitHeaders.admitted(state(bucket, bucketWindow, now)), null);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Counts a response toward the invalid request limit if it is a 401, a 403 or a 429 other than a
   * shared-scope one.
   *
   * @param client the client's IP address
   * @param status the response's status
   * @param headers the response's rate limit headers, or null
   */
  public void completed(InetAddress client, int status, RateLimitHeaders headers) {
    boolean sharedScope = headers != null && headers.scope() == Scope.SHARED;
    boolean invalid = status == 401 || status == 403 || (status == 429 && !sharedScope);
    if (!invalid) {
      return;
    }
    lock.lock();
    try {
      if (settings.enforced()) {
        Instant now = clock.instant();
        counted(
            invalidRequests,
            client,
            live(invalidRequests, client, now),
            now,
            settings.invalidRequestLimit());
      }
    } finally {
      lock.unlock();
    }
  }

  private static <K> Window live(Map<K, Window> windows, K key, Instant now) {
    Window window = windows.get(key);
    return window == null || window.hasEnded(now) ? null : window;
  }

  private static <K> Window counted(
      Map<K, Window> windows, K key, Window window, Instant now, Limit limit) {
    Window current = window != null ? window : Window.current(null, now, limit.window());
    windows.put(key, current);
    current.count();
    return current;
  }

  private static BucketState state(Bucket bucket, Window window, Instant now) {
    int limit = bucket.limit().requests();
    if (window == null) {
      Duration length = bucket.limit().window();
      return new BucketState(limit, limit, now.plus(length), length, bucket.hash());
    }
    return new BucketState(
        limit,
        Math.max(0, limit - window.used()),
        window.resetAt(),
        window.resetAfter(now),
        bucket.hash());
  }

  /**
   * Refuses a request as an empty bucket does: a 429 of user scope with the bucket's headers.
   *
   * @param bucket the bucket's state to report
   * @param retryAfter how long the client must wait
   * @return the refusal
   */
  public static Decision userRefusal(BucketState bucket, Duration retryAfter) {
    RestResponse response = refusal(RATE_LIMITED, retryAfter, false, null, Scope.USER);
    return new Decision(new RateLimitHeaders(bucket, Scope.USER, retryAfter), response);
  }

  private static Decision globalRefusal(Duration retryAfter) {
    RestResponse response = refusal(RATE_LIMITED, retryAfter, true, null, Scope.GLOBAL);
    return new Decision(new RateLimitHeaders(null, Scope.GLOBAL, retryAfter), response);
  }

  private static Decision sharedRefusal(
      BucketState bucket, Duration retryAfter, SharedResourceLimit limit) {
    Integer code = limit.code().isPresent() ? limit.code().getAsInt() : null;
    RestResponse response = refusal(RESOURCE_RATE_LIMITED, retryAfter, false, code, Scope.SHARED);
    return new Decision(new RateLimitHeaders(bucket, Scope.SHARED, retryAfter), response);
  }

  private static RestResponse refusal(
      String message, Duration retryAfter, boolean global, Integer code, Scope scope) {
    ObjectNode body = Json.object();
    body.put("message", message);
    body.put("retry_after", RateLimitHeaders.fractionalSeconds(retryAfter));
    body.put("global", global);
    if (code != null) {
      body.put("code", code);
    }
    return new RestResponse(
        429,
        body,
        "429 rate limited ("
            + scope.headerValue()
            + " scope, retry after "
            + RateLimitHeaders.fractionalSeconds(retryAfter)
            + " s)");
  }

  private void prune(Instant now) {
    for (Map<?, Window> windows :
        List.<Map<?, Window>>of(buckets, sharedResources, globals, invalidRequests)) {
      if (windows.size() > PRUNE_ABOVE) {
        windows.values().removeIf(window -> window.hasEnded(now));
      }
    }
  }
}
