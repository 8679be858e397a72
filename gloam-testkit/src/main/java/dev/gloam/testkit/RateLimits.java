package dev.gloam.testkit;

import dev.gloam.testkit.internal.rest.ratelimit.RouteKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How an {@link OfflineDiscord} rate limits REST requests, following the rules of Discord's "Rate
 * Limits" page (topics/rate-limits): per-route buckets with opaque bucket hashes that several
 * routes may share, counted separately per top-level resource (channel, guild, webhook,
 * interaction) in the path; a global limit per bot token (per IP address without one) that
 * interaction endpoints are exempt from; resources that answer {@code X-RateLimit-Scope: shared}
 * 429s; and the invalid request limit, past which every request is answered by a Cloudflare-style
 * 429 without rate limit headers until the window ends.
 *
 * <p>Routes are named by method and path template below the API base, for example {@code "POST
 * /channels/{channel.id}/messages"}. Placeholder names do not matter: {@code {channel_id}} and
 * {@code {channel.id}} name the same route.
 *
 * <p>Every window is fixed and starts with the first request counted in it, as Discord's buckets
 * do. Time comes from {@link Builder#clock(Clock)} if set (tests can pass a clock they advance by
 * hand, so nothing has to sleep), otherwise from the offline Discord's clock.
 *
 * <pre>{@code
 * RateLimits limits =
 *     RateLimits.builder()
 *         .bucket("messages", 2, Duration.ofSeconds(5),
 *             "POST /channels/{channel.id}/messages",
 *             "PATCH /channels/{channel.id}/messages/{message.id}")
 *         .globalLimit(10, Duration.ofSeconds(1))
 *         .invalidRequestLimit(20, Duration.ofMinutes(1))
 *         .clock(testClock)
 *         .build();
 * try (OfflineDiscord discord = OfflineDiscord.builder().rateLimits(limits).start()) {
 *   // The third message to a channel within five seconds is answered with a 429.
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RateLimits {

  /** What a route without its own entry allows: 50 requests per second per major parameter. */
  public static final Limit DEFAULT_ROUTE_LIMIT = new Limit(50, Duration.ofSeconds(1));

  /** Discord's global limit for a bot: 50 requests per second. */
  public static final Limit DEFAULT_GLOBAL_LIMIT = new Limit(50, Duration.ofSeconds(1));

  /** Discord's invalid request limit: 10,000 responses with 401, 403 or 429 per 10 minutes. */
  public static final Limit DEFAULT_INVALID_REQUEST_LIMIT =
      new Limit(10_000, Duration.ofMinutes(10));

  /** Discord's well-known limit for sending messages: 5 per 5 seconds per channel. */
  public static final Limit CREATE_MESSAGE_LIMIT = new Limit(5, Duration.ofSeconds(5));

  private static final String CREATE_MESSAGE = "POST /channels/{channel.id}/messages";

  private static final RateLimits DISCORD_DEFAULTS = new Builder().build();

  /**
   * A number of requests allowed per window.
   *
   * @param requests how many requests a window allows, at least 0
   * @param window how long a window lasts, positive
   */
  public record Limit(int requests, Duration window) {

    /**
     * Checks the values.
     *
     * @param requests how many requests a window allows, at least 0
     * @param window how long a window lasts, positive
     */
    public Limit {
      if (requests < 0) {
        throw new IllegalArgumentException("requests must not be negative, was " + requests);
      }
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the window must be positive, was " + window);
      }
    }
  }

  /**
   * The bucket a route counts against, as {@code X-RateLimit-Bucket} reports it.
   *
   * @param hash the opaque bucket hash, 32 hex digits
   * @param limit the bucket's limit, per value of the major parameter
   */
  public record Bucket(String hash, Limit limit) {

    /**
     * Checks the values.
     *
     * @param hash the opaque bucket hash
     * @param limit the bucket's limit
     */
    public Bucket {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(limit, "limit");
    }
  }

  /**
   * A limit on a resource shared by every user of it; past it, requests get a 429 with {@code
   * X-RateLimit-Scope: shared}, which does not count toward the invalid request limit.
   *
   * @param limit requests per window per resource (major parameter) before shared 429s; 0 makes
   *     every request a shared 429
   * @param code the JSON error code of the 429 body, if Discord adds one for this limit (for
   *     example 20028 for a channel's write limit)
   */
  public record SharedResourceLimit(Limit limit, OptionalInt code) {

    /**
     * Checks the values.
     *
     * @param limit requests per window per resource
     * @param code the JSON error code of the 429 body, or empty
     */
    public SharedResourceLimit {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(code, "code");
    }
  }

  private final boolean enforced;
  private final Map<String, Bucket> buckets;
  private final Map<String, SharedResourceLimit> sharedResourceLimits;
  private final Limit defaultRouteLimit;
  private final Limit globalLimit;
  private final Limit invalidRequestLimit;
  private final Clock clock;

  private RateLimits(Builder builder) {
    this.enforced = builder.enforced;
    this.buckets = Map.copyOf(builder.buckets);
    this.sharedResourceLimits = Map.copyOf(builder.sharedResourceLimits);
    this.defaultRouteLimit = builder.defaultRouteLimit;
    this.globalLimit = builder.globalLimit;
    this.invalidRequestLimit = builder.invalidRequestLimit;
    this.clock = builder.clock;
  }

  /**
   * Returns Discord's limits, enforced: 5 messages per 5 seconds per channel, 50 requests per
   * second per route and globally, 10,000 invalid requests per 10 minutes. The default of {@link
   * OfflineDiscord}; ordinary tests and bots that read the headers stay below them.
   *
   * @return the defaults
   */
  public static RateLimits discordDefaults() {
    return DISCORD_DEFAULTS;
  }

  /**
   * Returns Discord's limits reported in the headers but never enforced: no request is refused and
   * no client is banned. For tests that must not be disturbed by limits at all.
   *
   * @return limits that only count
   */
  public static RateLimits notEnforced() {
    return builder().enforced(false).build();
  }

  /**
   * Returns a builder that starts from {@link #discordDefaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether requests past a limit are refused; if not, the headers are still sent.
   *
   * @return true if limits are enforced
   */
  public boolean enforced() {
    return enforced;
  }

  /**
   * Returns the bucket configured for a route, or empty if the route counts against a bucket of its
   * own with {@link #defaultRouteLimit()}.
   *
   * @param route method and path template, for example {@code "GET /users/@me"}
   * @return the configured bucket
   * @throws IllegalArgumentException if the route is not a method, a space and a path
   */
  public Optional<Bucket> bucket(String route) {
    return Optional.ofNullable(buckets.get(RouteKey.normalize(route)));
  }

  /**
   * Returns the shared resource limit configured for a route.
   *
   * @param route method and path template
   * @return the limit, or empty if the route has none
   * @throws IllegalArgumentException if the route is not a method, a space and a path
   */
  public Optional<SharedResourceLimit> sharedResourceLimit(String route) {
    return Optional.ofNullable(sharedResourceLimits.get(RouteKey.normalize(route)));
  }

  /**
   * Returns the limit of routes without an entry of their own.
   *
   * @return the default route limit
   */
  public Limit defaultRouteLimit() {
    return defaultRouteLimit;
  }

  /**
   * Returns the global limit per bot token (per IP address for requests without one).
   *
   * @return the global limit
   */
  public Limit globalLimit() {
    return globalLimit;
  }

  /**
   * Returns how many 401, 403 and 429 responses (except shared-scope 429s) a client may get per
   * window before it is banned for the rest of the window.
   *
   * @return the invalid request limit
   */
  public Limit invalidRequestLimit() {
    return invalidRequestLimit;
  }

  /**
   * Returns the clock windows are measured on, if one was set.
   *
   * @return the clock, or empty to use the offline Discord's
   */
  public Optional<Clock> clock() {
    return Optional.ofNullable(clock);
  }

  /**
   * Returns a builder holding these settings, to derive other settings from them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.enforced = enforced;
    builder.buckets.clear();
    builder.buckets.putAll(buckets);
    builder.sharedResourceLimits.putAll(sharedResourceLimits);
    builder.defaultRouteLimit = defaultRouteLimit;
    builder.globalLimit = globalLimit;
    builder.invalidRequestLimit = invalidRequestLimit;
    builder.clock = clock;
    return builder;
  }

  /**
   * Describes the settings.
   *
   * @return the settings
   */
  @Override
  public String toString() {
    return "RateLimits[enforced="
        + enforced
        + ", buckets="
        + buckets
        + ", sharedResourceLimits="
        + sharedResourceLimits
        + ", defaultRouteLimit="
        + defaultRouteLimit
        + ", globalLimit="
        + globalLimit
        + ", invalidRequestLimit="
        + invalidRequestLimit
        + "]";
  }

  /**
   * Builds {@link RateLimits}; starts from {@link RateLimits#discordDefaults()}. Not thread-safe.
   */
  public static final class Builder {

    private boolean enforced = true;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final Map<String, SharedResourceLimit> sharedResourceLimits = new LinkedHashMap<>();
    private Limit defaultRouteLimit = DEFAULT_ROUTE_LIMIT;
    private Limit globalLimit = DEFAULT_GLOBAL_LIMIT;
    private Limit invalidRequestLimit = DEFAULT_INVALID_REQUEST_LIMIT;
    private Clock clock;

    private Builder() {
      buckets.put(
          RouteKey.normalize(CREATE_MESSAGE),
          new Bucket(RouteKey.routeBucketHash(CREATE_MESSAGE), CREATE_MESSAGE_LIMIT));
    }

    /**
     * Sets whether limits are enforced. When they are not, responses still carry the headers, but
     * no request is refused and no client is banned.
     *
     * @param enforced true to refuse requests past a limit
     * @return this builder
     */
    public Builder enforced(boolean enforced) {
      this.enforced = enforced;
      return this;
    }

    /**
     * Gives a route a bucket of its own with this limit, replacing any bucket it had.
     *
     * @param route method and path template, for example {@code "GET /users/@me"}
     * @param requests requests per window per major parameter, at least 1
     * @param window the window, positive
     * @return this builder
     */
    public Builder route(String route, int requests, Duration window) {
      String key = RouteKey.normalize(route);
      buckets.put(key, new Bucket(RouteKey.routeBucketHash(route), positive(requests, window)));
      return this;
    }

    /**
     * Makes several routes count against one bucket: they report the same {@code
     * X-RateLimit-Bucket} and, for the same major parameter, share one counter, as Discord does for
     * similar endpoints. Replaces any bucket the routes had.
     *
     * @param name a name for the bucket; its hash is derived from it
     * @param requests requests per window per major parameter, at least 1
     * @param window the window, positive
     * @param routes the routes, each a method and a path template
     * @return this builder
     */
    public Builder bucket(String name, int requests, Duration window, String... routes) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(routes, "routes");
      if (routes.length == 0) {
        throw new IllegalArgumentException("a bucket needs at least one route");
      }
      Bucket bucket = new Bucket(RouteKey.namedBucketHash(name), positive(requests, window));
      for (String route : routes) {
        buckets.put(RouteKey.normalize(route), bucket);
      }
      return this;
    }

    /**
     * Sets the limit of routes that have no entry of their own.
     *
     * @param requests requests per window per major parameter, at least 1
     * @param window the window, positive
     * @return this builder
     */
    public Builder defaultRouteLimit(int requests, Duration window) {
      this.defaultRouteLimit = positive(requests, window);
      return this;
    }

    /**
     * Sets the global limit per bot token; Discord's is 50 per second.
     *
     * @param requests requests per window, at least 1
     * @param window the window, positive
     * @return this builder
     */
    public Builder globalLimit(int requests, Duration window) {
      this.globalLimit = positive(requests, window);
      return this;
    }

    /**
     * Sets the invalid request limit; Discord's is 10,000 per 10 minutes. Tests lower it to see a
     * ban.
     *
     * @param requests invalid responses per window before the ban, at least 1
     * @param window the window, positive; a ban lasts until it ends
     * @return this builder
     */
    public Builder invalidRequestLimit(int requests, Duration window) {
      this.invalidRequestLimit = positive(requests, window);
      return this;
    }

    /**
     * Limits a route's resource for every user at once: past {@code requests} per window on one
     * resource (major parameter), requests get a 429 with {@code X-RateLimit-Scope: shared}.
     *
     * @param route method and path template
     * @param requests requests per window before shared 429s; 0 answers every request with one
     * @param window the window, positive
     * @return this builder
     */
    public Builder sharedResourceLimit(String route, int requests, Duration window) {
      sharedResourceLimits.put(
          RouteKey.normalize(route),
          new SharedResourceLimit(new Limit(requests, window), OptionalInt.empty()));
      return this;
    }

    /**
     * Like {@link #sharedResourceLimit(String, int, Duration)}, with a JSON error code in the 429
     * body, for example 20028 ("The write action you are performing on the channel has hit the
     * write rate limit").
     *
     * @param route method and path template
     * @param requests requests per window before shared 429s; 0 answers every request with one
     * @param window the window, positive
     * @param code the JSON error code
     * @return this builder
     */
    public Builder sharedResourceLimit(String route, int requests, Duration window, int code) {
      sharedResourceLimits.put(
          RouteKey.normalize(route),
          new SharedResourceLimit(new Limit(requests, window), OptionalInt.of(code)));
      return this;
    }

    /**
     * Sets the clock windows are measured on; a test can pass a clock it advances by hand.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public RateLimits build() {
      return new RateLimits(this);
    }

    private static Limit positive(int requests, Duration window) {
      if (requests < 1) {
        throw new IllegalArgumentException("requests must be at least 1, was " + requests);
      }
      return new Limit(requests, window);
    }
  }
}
